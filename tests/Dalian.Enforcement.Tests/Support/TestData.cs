using Dalian.Enforcement.Domain.Accounts;
using Dalian.Enforcement.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dalian.Enforcement.Tests.Support;

/// <summary>Creates the records a test needs, with unique names, so tests never share data.</summary>
public static class TestData
{
    public const string Password = "Test#2026pass";

    public static async Task<PortalUser> UserAsync(
        PortalFactory factory, string role = PortalRoles.Staff, int? agencyId = null, string? userName = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = new PortalUser
        {
            UserName = userName ?? $"user-{Guid.NewGuid():N}"[..20],
            DisplayName = "测试用户",
            AgencyId = agencyId,
        };
        AssertSucceeded(await users.CreateAsync(user, Password));
        AssertSucceeded(await users.AddToRoleAsync(user, role));
        return user;
    }

    public static async Task<int> AgencyIdAsync(PortalFactory factory, string name)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Agencies.Where(a => a.Name == name).Select(a => a.Id).SingleAsync();
    }

    private static void AssertSucceeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
}
