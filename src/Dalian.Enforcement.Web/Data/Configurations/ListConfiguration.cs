using Dalian.Enforcement.Domain.Agencies;
using Dalian.Enforcement.Domain.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class ListRevisionConfiguration : IEntityTypeConfiguration<ListRevision>
{
    public void Configure(EntityTypeBuilder<ListRevision> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CreatedBy).HasMaxLength(100);
        builder.Property(r => r.SubmittedBy).HasMaxLength(100);
        builder.Property(r => r.ReviewedBy).HasMaxLength(100);
        builder.Property(r => r.Opinion).HasMaxLength(2000);
        builder.Property(r => r.Stamp).IsConcurrencyToken();
        builder.HasOne<Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.Kind, r.Version }).IsUnique();
        builder.HasIndex(r => r.State);

        // At most one open (not yet approved) revision per list: two "new draft" clicks at once cannot make two. The quoted identifier
        // reads the same on SQLite and SQL Server (which needs QUOTED_IDENTIFIER ON for a filtered index anyway).
        builder.HasIndex(r => new { r.AgencyId, r.Kind }).IsUnique().HasFilter("\"State\" <> 'Approved'").HasDatabaseName("IX_ListRevisions_OneOpen");
    }
}

internal sealed class MatterConfiguration : IEntityTypeConfiguration<Matter>
{
    public void Configure(EntityTypeBuilder<Matter> builder)
    {
        builder.Property(m => m.Code).HasMaxLength(30);
        builder.Property(m => m.Name).HasMaxLength(100);
        builder.Property(m => m.Category).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Agency>().WithMany().HasForeignKey(m => m.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.AgencyId, m.Code }).IsUnique();
        builder.HasIndex(m => new { m.Active, m.Category });
    }
}
