using static Dalian.Enforcement.Tests.Support.DecisionTestData;

namespace Dalian.Enforcement.Tests.Domain;

/// <summary>#14 item 4: a provisional due date says why — an unloaded year, or a December its next year's notice may still move.</summary>
public sealed class ProvisionalReasonTests
{
    [Fact]
    public void A_december_due_date_before_the_next_years_notice_says_the_notice_may_move_it_not_that_the_year_is_missing()
    {
        Assert.DoesNotContain(2027, Dalian.Enforcement.Domain.Calendar.OfficialArrangements.Years);
        var reason = Calendar.ProvisionalReason(D("2026-12-18"), D("2026-12-29"));
        Assert.NotNull(reason);
        Assert.Contains("2026年12月", reason, StringComparison.Ordinal);
        Assert.Contains("2027年的节假日安排尚未公布", reason, StringComparison.Ordinal);
        Assert.Contains("2018年12月29日调为上班", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("期间涉及2026年，", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_into_an_unloaded_year_says_that_year()
    {
        var reason = Calendar.ProvisionalReason(D("2026-12-25"), D("2027-01-08"));
        Assert.StartsWith("期间涉及2027年，该年的节假日安排尚未公布", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-11-02", "2026-11-10")]
    [InlineData("2018-12-20", "2018-12-31")] // December of a year whose next notice is loaded: final
    [InlineData("2026-12-18", "2026-12-29")]
    [InlineData("2026-12-25", "2027-01-08")]
    public void There_is_a_reason_exactly_when_the_answer_is_provisional(string first, string last) =>
        Assert.Equal(Calendar.IsProvisional(D(first), D(last)), Calendar.ProvisionalReason(D(first), D(last)) is not null);
}
