using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class RegisterChangeConfiguration : IEntityTypeConfiguration<RegisterChange>
{
    public void Configure(EntityTypeBuilder<RegisterChange> builder)
    {
        builder.Property(c => c.By).HasMaxLength(100);
        builder.Property(c => c.Subject).HasMaxLength(20);
        builder.Property(c => c.Action).HasMaxLength(20);
        builder.Property(c => c.Details).HasMaxLength(2000);
        builder.HasIndex(c => new { c.Subject, c.SubjectId });
    }
}
