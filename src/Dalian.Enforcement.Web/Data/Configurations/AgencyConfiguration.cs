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
        builder.HasIndex(a => a.CreditCode).IsUnique();
        builder.HasIndex(a => a.Name).IsUnique();
    }
}
