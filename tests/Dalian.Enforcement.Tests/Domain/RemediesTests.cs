using Dalian.Enforcement.Domain.Agencies;

namespace Dalian.Enforcement.Tests.Domain;

public sealed class RemediesTests
{
    private static Agency Agency(string body, string court, string phone) => new()
    {
        Name = "盘锦市大洼区水利局",
        ShortName = "区水利局",
        CreditCode = "11211104MB1234567X",
        ReconsiderationBody = body,
        Court = court,
        SupervisionPhone = phone,
    };

    [Fact]
    public void The_remedies_name_the_recorded_bodies_with_the_statutory_periods()
    {
        var text = Remedies.Text(Agency("盘锦市大洼区人民政府", "盘锦市双台子区人民法院", "0427-6881234"));
        Assert.Contains("60日内向盘锦市大洼区人民政府申请行政复议", text, StringComparison.Ordinal); // 行政复议法 art. 20
        Assert.Contains("6个月内向盘锦市双台子区人民法院提起行政诉讼", text, StringComparison.Ordinal); // 行政诉讼法 art. 46
        Assert.StartsWith("当事人对本决定不服的", text, StringComparison.Ordinal);
        Assert.Equal("对本机关行政执法行为的监督投诉电话：0427-6881234。", Remedies.Supervision(Agency("", "", " 0427-6881234 ")));
    }

    [Fact]
    public void Without_a_recorded_body_the_remedies_still_say_where_in_general_and_no_phone_says_nothing()
    {
        var text = Remedies.Text(Agency(" ", "", ""), "本主体作出的行政执法决定");
        Assert.Contains("向行政复议机关申请行政复议", text, StringComparison.Ordinal);
        Assert.Contains("向有管辖权的人民法院提起行政诉讼", text, StringComparison.Ordinal);
        Assert.StartsWith("当事人对本主体作出的行政执法决定不服的", text, StringComparison.Ordinal);
        Assert.Equal("", Remedies.Supervision(Agency("", "", "")));
    }
}
