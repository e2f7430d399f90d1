using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.EntityFrameworkCore;

namespace RobotPlan.Web.Tests.Infrastructure;

/// <summary>
/// Another web node on a running host's database (M-31: nodes behind a load balancer share one database), with its
/// own files folder; <paramref name="ownKeyRing"/> gives it a data-protection key ring of its own (a control).
/// </summary>
internal sealed class SecondNode(RobotPlanDatabase database, bool ownKeyRing = false) : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "robotplan-tests", "node-" + Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", database.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", database.ConnectionString);
        builder.UseSetting("RobotPlan:DataFolder", _dataFolder);
        builder.UseSetting("Hangfire:ServerEnabled", "false");
        builder.UseSetting("RateLimits:LoginPerMinute", "100000");
        if (ownKeyRing) builder.ConfigureServices(s => s.AddDataProtection().UseEphemeralDataProtectionProvider());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(_dataFolder)) Directory.Delete(_dataFolder, recursive: true);
    }
}
