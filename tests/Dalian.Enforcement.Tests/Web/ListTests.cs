using System.Net;
using Dalian.Enforcement.Domain.Deadlines;
using Dalian.Enforcement.Domain.Lists;
using Dalian.Enforcement.Tests.Support;
using Dalian.Enforcement.Web.Data;
using Dalian.Enforcement.Web.Features.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Web;

public sealed class ListTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_seeded_matters_guides_flowcharts_and_inspection_lists_are_public()
    {
        var client = factory.CreateClient();
        var water = await TestData.AgencyIdAsync(factory, "盘锦市大洼区水利局");

        var matters = await client.GetStringAsync($"/matters?subject={water}");
        Assert.Contains("共 12 项", matters);
        Assert.Contains(">取水许可</a>", matters);

        var penalties = await client.GetStringAsync($"/matters?subject={water}&category=Penalty");
        Assert.Contains("共 4 项", penalties);
        Assert.DoesNotContain(">取水许可</a>", penalties);

        var id = System.Text.RegularExpressions.Regex.Match(penalties, "href=\"/matters/(\\d+)\">对未经批准擅自取水的处罚").Groups[1].Value;
        var matter = await client.GetStringAsync($"/matters/{id}");
        Assert.Contains("《中华人民共和国水法》第六十九条", matter);
        Assert.Contains("对法人或者其他组织处以10万元以上罚款", matter);
        Assert.Contains("违法事实不成立：下一步 <a href=\"#step-11\">步骤 11（不予行政处罚，撤销案件）</a>", matter);
        Assert.Contains("7个工作日", matter);
        Assert.Contains("现行第 2 版", matter);

        var inspections = await client.GetStringAsync("/inspections");
        Assert.Contains("取水许可事项监督检查", inspections);
        Assert.Contains("食品生产经营监督检查", inspections);
    }

    [Fact]
    public async Task Every_approved_version_stays_visible()
    {
        var water = await TestData.AgencyIdAsync(factory, "盘锦市大洼区水利局");
        var client = factory.CreateClient();

        var current = await client.GetStringAsync($"/lists/{water}/matters");
        var first = await client.GetStringAsync($"/lists/{water}/matters/1");

        Assert.Contains("第 2 版（正在查看）", current);
        Assert.Contains("水土保持补偿费征收", current);
        Assert.Contains("第 1 版（正在查看）", first);
        Assert.DoesNotContain("水土保持补偿费征收", first);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/lists/{water}/matters/9")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/lists/{water}/bogus")).StatusCode);
    }

    [Fact]
    public async Task A_submitted_list_is_invisible_until_it_is_approved()
    {
        var market = await TestData.AgencyIdAsync(factory, "盘锦市大洼区市场监督管理局");
        var client = factory.CreateClient();
        var name = $"对销售不合格产品的处罚{Guid.NewGuid():N}"[..20];
        var revision = new ListRevision { AgencyId = market, Kind = ListKind.Matters, CreatedAtUtc = DateTime.UtcNow, CreatedBy = "测试" };
        revision.SetMatters([new MatterContent
        {
            Code = "DWSC-CF-001", Name = name, Category = EnforcementCategory.Penalty,
            LegalBasis = "《中华人民共和国产品质量法》第四十九条", Flowchart = [new(1, "立案"), new(2, "决定")],
        }]);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            Assert.Empty(revision.Submit(DateTime.UtcNow, "测试"));
            db.ListRevisions.Add(revision);
            await db.SaveChangesAsync();
        }

        Assert.DoesNotContain(name, await client.GetStringAsync($"/matters?subject={market}"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var tracked = await db.ListRevisions.SingleAsync(r => r.Id == revision.Id);
            Assert.Null(await ListPublisher.ApproveAsync(db, tracked, DateTime.UtcNow, "刘芳（区司法局）", null));
            await db.SaveChangesAsync();
        }

        Assert.Contains(name, await client.GetStringAsync($"/matters?subject={market}"));
    }

}
