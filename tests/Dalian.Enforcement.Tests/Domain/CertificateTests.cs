using Dalian.Enforcement.Domain.Officers;

namespace Dalian.Enforcement.Tests.Domain;

public sealed class CertificateTests
{
    private static readonly DateTime s_at = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    private static Certificate NewCertificate(string issued = "2020-01-01", string until = "2025-12-31") =>
        new() { Number = "21110499999", Category = "水利", Region = "盘锦市大洼区", IssuedOn = D(issued), ValidUntil = D(until) };

    [Theory]
    [InlineData("2019-12-31", CertificateStatus.NotYetIssued)]
    [InlineData("2020-01-01", CertificateStatus.Valid)]
    [InlineData("2021-05-31", CertificateStatus.Valid)]
    [InlineData("2021-06-01", CertificateStatus.Suspended)] // the day the suspension takes effect
    [InlineData("2021-08-31", CertificateStatus.Suspended)]
    [InlineData("2021-09-01", CertificateStatus.Valid)] // restored
    [InlineData("2024-02-29", CertificateStatus.Revoked)]
    [InlineData("2026-01-01", CertificateStatus.Revoked)] // revoked stays revoked after expiry too
    public void Status_on_a_date_follows_the_history(string date, CertificateStatus expected)
    {
        var certificate = NewCertificate();
        Assert.Null(certificate.ChangeStatus(CertificateStatus.Suspended, D("2021-06-01"), "暂扣待查", s_at, "auditor"));
        Assert.Null(certificate.ChangeStatus(CertificateStatus.Valid, D("2021-09-01"), "恢复", s_at.AddMinutes(1), "auditor"));
        Assert.Null(certificate.ChangeStatus(CertificateStatus.Revoked, D("2024-02-29"), "调离", s_at.AddMinutes(2), "auditor"));

        Assert.Equal(expected, certificate.StatusOn(D(date)));
        Assert.Equal(expected == CertificateStatus.Valid, certificate.IsValidOn(D(date)));
    }

    [Fact]
    public void A_suspended_certificate_past_its_valid_until_date_is_expired_too()
    {
        var certificate = NewCertificate();
        certificate.ChangeStatus(CertificateStatus.Suspended, D("2025-06-01"), "暂扣", s_at, "a");

        Assert.Equal(CertificateStatus.Suspended, certificate.StatusOn(D("2025-12-31")));
        Assert.Equal(CertificateStatus.Expired, certificate.StatusOn(D("2026-01-01")));
    }

    [Fact]
    public void A_certificate_past_its_valid_until_date_is_expired()
    {
        var certificate = NewCertificate();

        Assert.Equal(CertificateStatus.Valid, certificate.StatusOn(D("2025-12-31")));
        Assert.Equal(CertificateStatus.Expired, certificate.StatusOn(D("2026-01-01")));
    }

    [Theory]
    [InlineData(CertificateStatus.Expired, "2021-01-01", "原因", "过期和未生效由有效期决定")]
    [InlineData(CertificateStatus.Suspended, "2019-01-01", "原因", "生效日期须在证件有效期内")]
    [InlineData(CertificateStatus.Valid, "2021-01-01", "原因", "证件在该日已是“有效”状态")]
    [InlineData(CertificateStatus.Suspended, "2021-01-01", " ", "请填写变更原因")]
    public void Impossible_status_changes_are_refused(CertificateStatus status, string on, string reason, string message)
    {
        var certificate = NewCertificate();

        Assert.Contains(message, certificate.ChangeStatus(status, D(on), reason, s_at, "auditor"));
        Assert.Empty(certificate.History);
    }

    [Fact]
    public void Nothing_follows_a_revocation_and_history_is_not_rewritten()
    {
        var certificate = NewCertificate();
        certificate.ChangeStatus(CertificateStatus.Suspended, D("2022-01-01"), "暂扣", s_at, "a");

        Assert.Contains("更晚生效", certificate.ChangeStatus(CertificateStatus.Revoked, D("2021-01-01"), "注销", s_at, "a"));
        Assert.Null(certificate.ChangeStatus(CertificateStatus.Revoked, D("2022-02-01"), "注销", s_at.AddMinutes(1), "a"));
        Assert.Contains("已注销", certificate.ChangeStatus(CertificateStatus.Valid, D("2023-01-01"), "恢复", s_at.AddMinutes(2), "a"));
    }

    [Fact]
    public void An_officer_may_enforce_only_with_a_certificate_valid_that_day_and_periods_never_overlap()
    {
        var officer = new Officer { Name = "测试", AgencyId = 1, Position = "水政监察员" };
        Assert.Null(officer.AddCertificate(NewCertificate("2016-03-01", "2019-02-28")));
        var renewal = NewCertificate("2019-03-01", "2022-02-28");
        renewal.Number = "21110499998";
        Assert.Null(officer.AddCertificate(renewal));

        var overlapping = NewCertificate("2022-01-01", "2025-12-31");
        Assert.Contains("重叠", officer.AddCertificate(overlapping));
        Assert.Contains("不能早于发证日期", officer.AddCertificate(NewCertificate("2024-01-01", "2023-01-01")));

        Assert.False(officer.MayEnforceOn(D("2016-02-29")));
        Assert.True(officer.MayEnforceOn(D("2019-02-28")));
        Assert.True(officer.MayEnforceOn(D("2019-03-01")));
        Assert.False(officer.MayEnforceOn(D("2022-03-01")));
        Assert.Equal("21110499998", officer.CurrentCertificate(D("2026-11-26"))!.Number);
    }
}
