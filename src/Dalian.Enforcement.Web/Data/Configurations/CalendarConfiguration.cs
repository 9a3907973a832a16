using Dalian.Enforcement.Domain.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dalian.Enforcement.Web.Data.Configurations;

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDay>
{
    public void Configure(EntityTypeBuilder<CalendarDay> builder)
    {
        builder.HasKey(d => d.Date);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Name).HasMaxLength(50);
        builder.Property(d => d.Notice).HasMaxLength(200);
        builder.HasIndex(d => d.ArrangementYear);
    }
}

internal sealed class CalendarYearConfiguration : IEntityTypeConfiguration<CalendarYear>
{
    public void Configure(EntityTypeBuilder<CalendarYear> builder)
    {
        builder.HasKey(y => y.Year);
        builder.Property(y => y.Year).ValueGeneratedNever();
        builder.Property(y => y.LoadedBy).HasMaxLength(100);
    }
}

internal sealed class CalendarRevisionConfiguration : IEntityTypeConfiguration<CalendarRevision>
{
    public void Configure(EntityTypeBuilder<CalendarRevision> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasData(new CalendarRevision { Id = CalendarRevision.SingletonId, Value = 0 });
    }
}

internal sealed class CalendarChangeConfiguration : IEntityTypeConfiguration<CalendarChange>
{
    public void Configure(EntityTypeBuilder<CalendarChange> builder)
    {
        builder.Property(c => c.By).HasMaxLength(100);
        builder.Property(c => c.Action).HasMaxLength(20);
        builder.Property(c => c.Details).HasMaxLength(2000);
        builder.HasIndex(c => c.Year);
    }
}
