using Dalian.Enforcement.Domain.Officers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class OfficerConfiguration : IEntityTypeConfiguration<Officer>
{
    public void Configure(EntityTypeBuilder<Officer> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(50);
        builder.Property(o => o.Position).HasMaxLength(50);
        builder.Property(o => o.Stamp).IsConcurrencyToken();
        builder.HasOne(o => o.Agency).WithMany().HasForeignKey(o => o.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Certificates).WithOne().HasForeignKey(c => c.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.Name);
    }
}

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(30);
        builder.Property(c => c.Category).HasMaxLength(30);
        builder.Property(c => c.Region).HasMaxLength(50);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.HasMany(c => c.History).WithOne().HasForeignKey(h => h.CertificateId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CertificateStatusChangeConfiguration : IEntityTypeConfiguration<CertificateStatusChange>
{
    public void Configure(EntityTypeBuilder<CertificateStatusChange> builder)
    {
        builder.Property(h => h.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Reason).HasMaxLength(200);
        builder.Property(h => h.RecordedBy).HasMaxLength(100);
    }
}
