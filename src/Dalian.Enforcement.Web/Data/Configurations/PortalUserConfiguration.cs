using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(50);
        builder.Property(u => u.LegalQualificationNumber).HasMaxLength(30);
        builder.HasOne<Dalian.Enforcement.Domain.Officers.Officer>().WithMany().HasForeignKey(u => u.OfficerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Agency).WithMany().HasForeignKey(u => u.AgencyId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PasswordHistoryConfiguration : IEntityTypeConfiguration<PasswordHistoryEntry>
{
    public void Configure(EntityTypeBuilder<PasswordHistoryEntry> builder)
    {
        builder.ToTable("PasswordHistory");
        builder.Property(h => h.PasswordHash).HasMaxLength(200);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(h => h.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => new { h.UserId, h.ChangedAtUtc });
    }
}
