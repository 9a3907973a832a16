using Dalian.Enforcement.Domain.Deadlines;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class DeadlineConfiguration : IEntityTypeConfiguration<Deadline>
{
    public void Configure(EntityTypeBuilder<Deadline> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.ComplexProperty(d => d.Period, period =>
        {
            period.Property(p => p.Days).HasColumnName("PeriodDays");
            period.Property(p => p.Unit).HasColumnName("PeriodUnit").HasConversion<string>().HasMaxLength(20);
        });

        // Recomputing after a calendar change selects by date span; the dashboards select by due date.
        builder.HasIndex(d => d.Due);
        builder.HasIndex(d => d.Start);
        builder.HasIndex(d => d.Provisional);
        builder.HasIndex(d => new { d.CompletedOn, d.Due }); // the open ones, by due date: the overdue sweep and urgency lists
    }
}
