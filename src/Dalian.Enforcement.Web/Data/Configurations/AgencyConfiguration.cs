using Dalian.Enforcement.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.ShortName).HasMaxLength(30);
        builder.Property(a => a.CreditCode).HasMaxLength(18).IsFixedLength();
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(a => a.Stamp).IsConcurrencyToken();
        builder.Property(a => a.LegalBasis).HasMaxLength(2000);
        builder.Property(a => a.CasePrefix).HasMaxLength(20);
        builder.Property(a => a.Duties).HasMaxLength(2000);
        builder.Property(a => a.Address).HasMaxLength(200);
        builder.Property(a => a.Phone).HasMaxLength(30);
        builder.Property(a => a.SupervisionPhone).HasMaxLength(30);
        builder.Property(a => a.ReconsiderationBody).HasMaxLength(200);
        builder.Property(a => a.Court).HasMaxLength(200);
        builder.HasOne<Agency>().WithMany().HasForeignKey(a => a.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.CreditCode).IsUnique();
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
