using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class LegalReviewConfiguration : IEntityTypeConfiguration<LegalReview>
{
    public void Configure(EntityTypeBuilder<LegalReview> builder)
    {
        builder.Property(r => r.Stamp).IsConcurrencyToken();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Opinion).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.MajorBasis).HasMaxLength(2000);
        builder.Property(r => r.MaterialsSha256).HasMaxLength(64);
        builder.Property(r => r.ContentSha256).HasMaxLength(64);
        builder.Property(r => r.SubmittedBy).HasMaxLength(256);
        builder.Property(r => r.ReviewerUserName).HasMaxLength(256);
        builder.Property(r => r.ReviewerName).HasMaxLength(50);
        builder.Property(r => r.ReviewerQualification).HasMaxLength(30);
        builder.Property(r => r.MaterialsRequest).HasMaxLength(1000);
        builder.Property(r => r.ExtensionReason).HasMaxLength(500);
        builder.Property(r => r.ExtensionApprover).HasMaxLength(100);
        builder.Property(r => r.ChecklistJson).HasMaxLength(8000);
        builder.Property(r => r.Reasons).HasMaxLength(2000);
        builder.Property(r => r.OpinionNumber).HasMaxLength(100);
        builder.HasOne(r => r.Case).WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Decision>().WithMany().HasForeignKey(r => r.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Deadline).WithMany().HasForeignKey(r => r.DeadlineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Agencies.Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);

        // Every round kept: one number per round of a case; one opinion number per agency and year (numbering races on it).
        builder.HasIndex(r => new { r.CaseId, r.Round }).IsUnique();
        builder.HasIndex(r => new { r.AgencyId, r.OpinionYear, r.OpinionSequence }).IsUnique();
        builder.HasIndex(r => new { r.AgencyId, r.State });
    }
}
