using Dalian.Enforcement.Domain.Decisions;
using Dalian.Enforcement.Domain.Officers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.Property(d => d.Stamp).IsConcurrencyToken();
        builder.Property(d => d.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.PartyKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.IdType).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.LicenceKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.InspectionResult).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.NonDisclosureReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.WithdrawalReason).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Discretion).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.LicenceOutcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.FineAmount).HasPrecision(18, 2);
        builder.Property(d => d.LevyAmount).HasPrecision(18, 2);
        builder.Property(d => d.ConfiscatedAmount).HasPrecision(18, 2);

        foreach (var (name, length) in new (string, int)[]
        {
            (nameof(Decision.PartyName), 200), (nameof(Decision.PublicPartyName), 200), (nameof(Decision.CreditCode), 18),
            (nameof(Decision.IdNumber), 40), (nameof(Decision.LegalRepresentative), 50), (nameof(Decision.PublicLegalRepresentative), 50),
            (nameof(Decision.DocumentName), 200), (nameof(Decision.DocumentNumber), 100), (nameof(Decision.ViolationType), 200),
            (nameof(Decision.Facts), 4000), (nameof(Decision.LegalBasis), 2000), (nameof(Decision.Content), 4000),
            (nameof(Decision.LicenceAffected), 500), (nameof(Decision.CertificateName), 200), (nameof(Decision.CertificateNumber), 100),
            (nameof(Decision.InspectionTask), 200), (nameof(Decision.Findings), 4000), (nameof(Decision.FollowUp), 2000),
            (nameof(Decision.Remarks), 1000), (nameof(Decision.LatenessReason), 500), (nameof(Decision.NonDisclosureApprover), 50),
            (nameof(Decision.NonDisclosureNote), 1000), (nameof(Decision.WithdrawalNote), 1000),
            (nameof(Decision.WithdrawalLatenessReason), 500), (nameof(Decision.CreatedBy), 256), (nameof(Decision.UpdatedBy), 256),
        })
        {
            builder.Property(name).HasMaxLength(length);
        }

        builder.HasOne(d => d.Agency).WithMany().HasForeignKey(d => d.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Matter).WithMany().HasForeignKey(d => d.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.PublicationDeadline).WithMany().HasForeignKey(d => d.PublicationDeadlineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.WithdrawalDeadline).WithMany().HasForeignKey(d => d.WithdrawalDeadlineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Decision>().WithMany().HasForeignKey(d => d.ReplacementId).OnDelete(DeleteBehavior.Restrict);

        builder.HasMany(d => d.Officers).WithOne().HasForeignKey(o => o.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Officers).UsePropertyAccessMode(PropertyAccessMode.Field);

        // 决定书文号 is unique within an agency.
        builder.HasIndex(d => new { d.AgencyId, d.DocumentNumber }).IsUnique();

        // Public listing newest first, by keyset (DecisionDate, Id), overall and per agency or category.
        builder.HasIndex(d => new { d.State, d.DecisionDate, d.Id });
        builder.HasIndex(d => new { d.AgencyId, d.State, d.DecisionDate, d.Id });
        builder.HasIndex(d => new { d.Category, d.State, d.DecisionDate, d.Id });
        builder.HasIndex(d => new { d.AgencyId, d.DecisionDate }); // the annual report's agency-year
        builder.HasIndex(d => d.IdNumber);
        builder.HasIndex(d => d.CreditCode);
        builder.HasOne<Domain.Cases.EnforcementCase>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.CaseId).IsUnique(); // one decision per case
    }
}

internal sealed class DecisionOfficerConfiguration : IEntityTypeConfiguration<DecisionOfficer>
{
    public void Configure(EntityTypeBuilder<DecisionOfficer> builder)
    {
        builder.HasKey(o => new { o.DecisionId, o.OfficerId });
        builder.Property(o => o.OfficerName).HasMaxLength(50);
        builder.Property(o => o.CertificateNumber).HasMaxLength(30);
        builder.HasOne<Officer>().WithMany().HasForeignKey(o => o.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}
