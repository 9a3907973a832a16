using Dalian.Enforcement.Domain.Cases;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Domain.Officers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<EnforcementCase>
{
    public void Configure(EntityTypeBuilder<EnforcementCase> builder)
    {
        builder.ToTable("Cases");
        builder.Property(c => c.Stamp).IsConcurrencyToken();
        builder.Property(c => c.Category).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.PartyKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.IdType).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Number).HasMaxLength(100);
        builder.Property(c => c.SourceNote).HasMaxLength(200);
        builder.Property(c => c.PartyName).HasMaxLength(200);
        builder.Property(c => c.CreditCode).HasMaxLength(18);
        builder.Property(c => c.IdNumber).HasMaxLength(40);
        builder.Property(c => c.LegalRepresentative).HasMaxLength(50);
        builder.Property(c => c.ManifestSha256).HasMaxLength(64);
        builder.Property(c => c.MajorFlag).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.MajorFlagReason).HasMaxLength(500);
        builder.Property(c => c.CreatedBy).HasMaxLength(256);
        builder.Property(c => c.UpdatedBy).HasMaxLength(256);
        builder.HasOne(c => c.Agency).WithMany().HasForeignKey(c => c.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Matter).WithMany().HasForeignKey(c => c.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Officers).WithOne().HasForeignKey(o => o.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Stages).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Records).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Extensions).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        foreach (var navigation in new[] { nameof(EnforcementCase.Officers), nameof(EnforcementCase.Stages), nameof(EnforcementCase.Records), nameof(EnforcementCase.Extensions) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        // 案件编号 is unique within an agency; the sequence per agency, year and mark is what numbering races on.
        builder.HasIndex(c => new { c.AgencyId, c.Number }).IsUnique();
        builder.HasIndex(c => new { c.AgencyId, c.ClosedOn, c.Id });
    }
}

internal sealed class CaseOfficerConfiguration : IEntityTypeConfiguration<CaseOfficer>
{
    public void Configure(EntityTypeBuilder<CaseOfficer> builder)
    {
        builder.HasKey(o => new { o.CaseId, o.OfficerId });
        builder.Property(o => o.OfficerName).HasMaxLength(50);
        builder.Property(o => o.CertificateNumber).HasMaxLength(30);
        builder.HasOne<Officer>().WithMany().HasForeignKey(o => o.OfficerId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CaseStageConfiguration : IEntityTypeConfiguration<CaseStage>
{
    public void Configure(EntityTypeBuilder<CaseStage> builder)
    {
        builder.Ignore(s => s.OccurredOn);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.AvException).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.AvLevel).HasConversion<string>().HasMaxLength(20);
        foreach (var (name, length) in new (string, int)[]
        {
            (nameof(CaseStage.Code), 40), (nameof(CaseStage.Name), 50), (nameof(CaseStage.Place), 200), (nameof(CaseStage.Officers), 500),
            (nameof(CaseStage.DocumentKind), 50), (nameof(CaseStage.DocumentNumber), 100), (nameof(CaseStage.Note), 2000),
            (nameof(CaseStage.SkipReason), 500), (nameof(CaseStage.AvExceptionNote), 500), (nameof(CaseStage.AvExceptionApprover), 100),
            (nameof(CaseStage.BackdateReason), 500), (nameof(CaseStage.RecordedBy), 256),
        })
        {
            builder.Property(name).HasMaxLength(length);
        }

        builder.HasIndex(s => new { s.CaseId, s.Code }).IsUnique(); // a stage is entered once, even by two servers at once
    }
}

internal sealed class CaseRecordConfiguration : IEntityTypeConfiguration<CaseRecord>
{
    public void Configure(EntityTypeBuilder<CaseRecord> builder)
    {
        builder.Ignore(r => r.IsAudioVideo);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Retention).HasConversion<string>().HasMaxLength(20);
        foreach (var (name, length) in new (string, int)[]
        {
            (nameof(CaseRecord.StageCode), 40), (nameof(CaseRecord.Title), 100), (nameof(CaseRecord.Text), 20000), (nameof(CaseRecord.FileName), 255),
            (nameof(CaseRecord.ContentType), 100), (nameof(CaseRecord.Sha256), 64), (nameof(CaseRecord.Platform), 100),
            (nameof(CaseRecord.PlatformFileId), 200), (nameof(CaseRecord.DeviceId), 50), (nameof(CaseRecord.Recorder), 100),
            (nameof(CaseRecord.Place), 200), (nameof(CaseRecord.Interruptions), 1000), (nameof(CaseRecord.RecordedBy), 256),
        })
        {
            builder.Property(name).HasMaxLength(length);
        }

        builder.HasIndex(r => r.Sha256);
    }
}

internal sealed class CaseExtensionConfiguration : IEntityTypeConfiguration<CaseExtension>
{
    public void Configure(EntityTypeBuilder<CaseExtension> builder)
    {
        builder.Property(e => e.Clock).HasMaxLength(50);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.Property(e => e.Approver).HasMaxLength(100);
        builder.Property(e => e.RecordedBy).HasMaxLength(256);
    }
}

internal sealed class AvRuleConfiguration : IEntityTypeConfiguration<AvRule>
{
    public void Configure(EntityTypeBuilder<AvRule> builder)
    {
        builder.Property(r => r.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.StageCode).HasMaxLength(40);
        builder.Property(r => r.Note).HasMaxLength(200);
        builder.HasOne<Domain.Agencies.Agency>().WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Matter>().WithMany().HasForeignKey(r => r.MatterId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.AgencyId, r.MatterId, r.StageCode }).IsUnique();
    }
}
