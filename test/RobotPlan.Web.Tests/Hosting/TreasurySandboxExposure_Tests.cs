using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using RobotPlan.TreasurySandbox;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Hosting;

/// <summary>
/// Issue #14: the in-process sandbox treasury (Development + TreasurySandbox:InProcess, the README's demo) keeps paying
/// anonymously like the real gateway, but its reset and fault knobs need an administrator: an anonymous request wiped
/// its records before.
/// </summary>
public sealed class TreasurySandboxExposure_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private static HttpRequestMessage Payment(string key) => new(HttpMethod.Post, "/treasury-sandbox/payments")
    {
        Headers = { { SandboxEndpoints.KeyHeader, key } },
        Content = JsonContent.Create(new { payeeName = "重庆凌云智能装备有限公司", bankName = "重庆银行", accountNumber = "6222000011112222",
            amount = 12.34m, reference = key }),
    };

    [Fact]
    public async Task Should_Refuse_Anonymous_Reset_And_Faults_And_Keep_The_Records()
    {
        var anonymous = await factory.ClientForAsync(null);
        (await anonymous.SendAsync(Payment("exposure-1"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await anonymous.PostAsync("/treasury-sandbox/_sandbox/reset", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PutAsJsonAsync("/treasury-sandbox/_sandbox/faults", new { errorRate = 1.0 })).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var finance = await factory.ClientForAsync(RobotPlanTestData.FinanceOfficer);
        (await finance.PostAsync("/treasury-sandbox/_sandbox/reset", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await anonymous.GetAsync("/treasury-sandbox/payments/exposure-1")).StatusCode.ShouldBe(HttpStatusCode.OK, "the record survived");
    }

    [Fact]
    public async Task Should_Let_An_Administrator_Reset_The_Sandbox()
    {
        var anonymous = await factory.ClientForAsync(null);
        (await anonymous.SendAsync(Payment("exposure-2"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var admin = await factory.ClientForAsync(RobotPlanTestData.Administrator);
        (await admin.PostAsync("/treasury-sandbox/_sandbox/reset", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await anonymous.GetAsync("/treasury-sandbox/payments/exposure-2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

/// <summary>The same setting outside Development: the host refuses to start rather than map a treasury that pays anything.</summary>
public sealed class TreasurySandboxOutsideDevelopment_Tests
{
    private sealed class StagingFactory : RobotPlanWebFactory
    {
        /// <summary>Staging seeds no demo data: it starts on an empty database of its own.</summary>
        protected override bool StartsFromSeededTemplate => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseEnvironment("Staging");
            builder.UseSetting("TreasurySandbox:InProcess", "true");
        }
    }

    [Fact]
    public async Task Should_Refuse_To_Start_When_The_In_Process_Sandbox_Is_Enabled_Outside_Development()
    {
        var factory = new StagingFactory();
        try
        {
            var error = await Should.ThrowAsync<Exception>(() => factory.InitializeAsync());
            error.ToString().ShouldContain("TreasurySandbox:InProcess may be set in the Development environment only");
        }
        finally
        {
            await factory.DisposeAsync();
        }
    }
}
