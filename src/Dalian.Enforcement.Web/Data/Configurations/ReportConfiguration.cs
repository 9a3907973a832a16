using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Reports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.Property(r => r.Stamp).IsConcurrencyToken();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Overview).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.Problems).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.NextSteps).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.CorrectionReason).HasMaxLength(500);
        builder.Property(r => r.ConfirmedBy).HasMaxLength(256);
        builder.Property(r => r.PublishedBy).HasMaxLength(256);
        builder.Property(r => r.ReceivedBy).HasMaxLength(256);
        builder.Property(r => r.SnapshotSha256).HasMaxLength(64);
        builder.Ignore(r => r.Narrative);
        builder.HasOne<Domain.Agencies.Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);

        // One row per version; two staff opening the same year at once race on it.
        builder.HasIndex(r => new { r.AgencyId, r.Year, r.Version }).IsUnique();
        builder.HasIndex(r => new { r.Year, r.State });
    }
}

internal sealed class DecisionChallengeConfiguration : IEntityTypeConfiguration<DecisionChallenge>
{
    public void Configure(EntityTypeBuilder<DecisionChallenge> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Body).HasMaxLength(100);
        builder.Property(c => c.CaseNumber).HasMaxLength(100);
        builder.Property(c => c.OutcomeNote).HasMaxLength(1000);
        builder.Property(c => c.RecordedBy).HasMaxLength(256);
        builder.HasOne<Decision>().WithMany().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.AgencyId, c.FiledOn });
        builder.HasIndex(c => c.DecisionId);
    }
}
