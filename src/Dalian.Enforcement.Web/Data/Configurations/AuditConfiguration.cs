using Dalian.Enforcement.Domain.Audit;
using Dalian.Enforcement.Domain.Transparency;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> builder)
    {
        // The sequence is the key, assigned by the appender under the head row's lock: a unique, gapless order.
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.ActorId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.Property(e => e.ActorRole).HasMaxLength(32);
        builder.Property(e => e.ClientAddress).HasMaxLength(64);
        builder.Property(e => e.Action).HasMaxLength(64);
        builder.Property(e => e.EntityType).HasMaxLength(64);
        builder.Property(e => e.EntityId).HasMaxLength(450);
        builder.Property(e => e.Summary).HasMaxLength(1000);
        builder.Property(e => e.PreviousHash).HasMaxLength(32);
        builder.Property(e => e.Hash).HasMaxLength(32);
        builder.HasIndex(e => new { e.EntityType, e.EntityId, e.Sequence });
        builder.HasIndex(e => new { e.ActorId, e.Sequence });
        builder.HasIndex(e => new { e.Action, e.Sequence });
        builder.HasIndex(e => e.AtUtc);
    }
}

internal sealed class AuditHeadConfiguration : IEntityTypeConfiguration<AuditHead>
{
    public void Configure(EntityTypeBuilder<AuditHead> builder)
    {
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(32);
        builder.HasData(new AuditHead { Id = AuditHead.SingletonId, Sequence = 0, Hash = new byte[32], LogSize = 0 });
    }
}

internal sealed class TransparencyConfiguration :
    IEntityTypeConfiguration<TransparencyEntry>, IEntityTypeConfiguration<TransparencyNode>, IEntityTypeConfiguration<TransparencyCheckpoint>
{
    public void Configure(EntityTypeBuilder<TransparencyEntry> builder)
    {
        builder.HasKey(e => e.Index);
        builder.Property(e => e.Index).ValueGeneratedNever();
        builder.Property(e => e.Act).HasMaxLength(32);
        builder.Property(e => e.LeafHash).HasMaxLength(32);
        builder.HasIndex(e => new { e.DecisionId, e.Index });
    }

    public void Configure(EntityTypeBuilder<TransparencyNode> builder)
    {
        builder.HasKey(n => n.Key);
        builder.Property(n => n.Key).ValueGeneratedNever();
        builder.Property(n => n.Hash).HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<TransparencyCheckpoint> builder)
    {
        builder.Property(c => c.RootHash).HasMaxLength(32);
        builder.Property(c => c.Note).HasMaxLength(2000);
        builder.HasIndex(c => c.TreeSize).IsUnique();
    }
}
