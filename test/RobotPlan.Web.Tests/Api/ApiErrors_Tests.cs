using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.EntityFrameworkCore;
using RobotPlan.Errors;
using RobotPlan.SubsidyPrograms;
using RobotPlan.SubsidyAwards;
using RobotPlan.Web.Hosting;
using RobotPlan.Web.Tests.Infrastructure;
using Serilog.Core;
using Serilog.Events;

namespace RobotPlan.Web.Tests.Api;

/// <summary>The Web host with every log event it writes kept for the test to read.</summary>
public sealed class LogCapturingWebFactory : RobotPlanWebFactory
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(new Sink(Events)));
    }

    private sealed class Sink(ConcurrentQueue<LogEvent> events) : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}

/// <summary>
/// ADR 0008 and issue #14's error findings: coded application/problem+json whatever the client accepts, status by the
/// code's kind, camelCase field paths, a unique key taken meanwhile is a 409 on both databases, racing assemblies never
/// 500, and no 4xx is logged as an error nor user input logged unescaped.
/// </summary>
public sealed class ApiErrors_Tests(LogCapturingWebFactory factory) : IClassFixture<LogCapturingWebFactory>
{
    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html")]
    [InlineData("application/xml")]
    public async Task Should_Answer_Coded_ProblemJson_When_Client_Accepts_No_Json(string accept)
    {
        var client = await factory.ClientForAsync(RobotPlanTestData.MunicipalReviewer);
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var missing = await client.GetAsync($"/api/app/products/{Guid.NewGuid()}");
        using var rule = await client.GetAsync("/api/public/calendar/notice-end?start=2099-12-28&workingDays=5");
        using var anonymous = await factory.CreateClient().GetAsync("/api/app/products");

        await ShouldBeProblemAsync(missing, HttpStatusCode.NotFound, RobotPlanErrorCodes.EntityNotFound);
        await ShouldBeProblemAsync(rule, HttpStatusCode.UnprocessableEntity, RobotPlanErrorCodes.CalendarYearMissing);
        await ShouldBeProblemAsync(anonymous, HttpStatusCode.Unauthorized, RobotPlanErrorCodes.Unauthenticated);
    }

    [Fact]
    public async Task Should_Name_Fields_By_CamelCase_Json_Path_When_Query_Or_Body_Is_Wrong()
    {
        var client = await factory.ClientForAsync(RobotPlanTestData.EnterpriseAUser);

        using var query = await client.GetAsync("/api/public/subsidy-estimate?premiumPaid=abc&sumInsured=1000");
        using var body = await client.PostAsync("/api/app/products",
            new StringContent("""{"name": 123, "model": "M-1", "categoryCode": "IR-WELD"}""", Encoding.UTF8, "application/json"));

        var queryErrors = (await ShouldBeProblemAsync(query, HttpStatusCode.BadRequest, RobotPlanErrorCodes.ValidationFailed)).GetProperty("errors");
        queryErrors.EnumerateObject().Select(e => e.Name).ShouldBe(["premiumPaid"]);
        var bodyErrors = (await ShouldBeProblemAsync(body, HttpStatusCode.BadRequest, RobotPlanErrorCodes.ValidationFailed)).GetProperty("errors");
        bodyErrors.EnumerateObject().Select(e => e.Name).ShouldBe(["name"], "no stray 'input' beside the field");
        bodyErrors.GetProperty("name")[0].GetString().ShouldNotBeNullOrWhiteSpace("an unreadable value still says what is wrong");
    }

    [Fact]
    public async Task Should_Answer_409_When_A_Registered_Uscc_Is_Registered_Again()
    {
        var client = factory.CreateClient();
        var body = new
        {
            userName = "dup" + Guid.NewGuid().ToString("N")[..8], password = "Matrix#2025pw", displayName = "重复", uscc = RobotPlanTestData.EnterpriseAUscc,
            legalName = "重庆重复有限公司", address = "重庆市渝中区", jurisdictionId = factory.Data.JurisdictionAId,
            contact = new { name = "测试", phone = "023-60000000", email = "d@example.cn" },
        };

        using var response = await client.PostAsJsonAsync("/api/public/account/register-enterprise", body);

        var problem = await ShouldBeProblemAsync(response, HttpStatusCode.Conflict, RobotPlanErrorCodes.DuplicateUscc);
        problem.GetProperty("errors").TryGetProperty("uscc", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Should_Map_A_Unique_Key_Violation_To_409_On_Either_Database()
    {
        // Two enterprises with one USCC: the unique index refuses the save (SQLite 2067, PostgreSQL 23505).
        var error = await Should.ThrowAsync<DbUpdateException>(() => factory.WithDbAsync(async db =>
        {
            var taken = await db.Enterprises.Select(e => e.Uscc).FirstAsync();
            var other = await db.Enterprises.FirstAsync(e => e.Uscc != taken);
            db.Entry(other).Property(e => e.Uscc).CurrentValue = taken;
            return await db.SaveChangesAsync();
        }));

        var problem = factory.Services.GetRequiredService<ErrorProblemFactory>().ToProblem(error);

        problem.Status.ShouldBe(409);
        problem.Extensions["code"].ShouldBe(RobotPlanErrorCodes.DuplicateKey);
    }

    [Fact]
    public async Task Should_Let_One_Assembly_Win_And_Answer_The_Other_Cleanly_When_Two_Race()
    {
        var awards = await factory.WithDbAsync(async db =>
        {
            var payee = await db.Enterprises.SingleAsync(e => e.Id == factory.Data.EnterpriseBId);
            if (payee.BankAccount is null) payee.SetBankAccount(new RobotPlan.Enterprises.BankAccount(payee.LegalName, "重庆银行", "6222000011112222"));
            var programId = await db.SubsidyPrograms.Select(p => p.Id).FirstAsync();
            var created = Enumerable.Range(0, 3)
                .Select(_ => new Award(Guid.NewGuid(), programId, SubsidyKind.FirstPurchaseReward, payee.Id, 100m, 1, DateTime.UtcNow)).ToList();
            db.Awards.AddRange(created);
            await db.SaveChangesAsync();
            return created.Select(a => a.Id).ToList();
        });
        var first = await factory.ClientForAsync("finance");
        var second = await factory.ClientForAsync("finance2");

        var answers = await Task.WhenAll(first.PostAsync("/api/app/payout-batches/assemble", null), second.PostAsync("/api/app/payout-batches/assemble", null));

        var statuses = answers.Select(a => (int)a.StatusCode).Order().ToList();
        statuses.Count(s => s == 200).ShouldBe(1, string.Join(",", statuses));
        statuses.ShouldAllBe(s => s == 200 || s == 204 || s == 409);
        var batchesPerAward = await factory.WithDbAsync(db => db.PayoutItems.Where(i => awards.Contains(i.AwardId))
            .GroupBy(i => i.AwardId).Select(g => g.Count()).ToListAsync());
        batchesPerAward.ShouldBe([1, 1, 1]);
    }

    [Fact]
    public async Task Should_Not_Log_A_4xx_As_Error_Nor_User_Input_Unescaped()
    {
        var client = factory.CreateClient();
        factory.Events.Clear();

        using var forged = await client.PostAsync("/api/public/saved-searches/confirm?token=" + Uri.EscapeDataString(new string('a', 20) + "\n[ERR] forged"), null);
        using var missing = await client.GetAsync("/api/public/listings/NO%0AFORGED");

        ((int)forged.StatusCode).ShouldBeInRange(400, 499);
        ((int)missing.StatusCode).ShouldBeInRange(400, 499);
        var events = factory.Events.ToList();
        events.ShouldNotContain(e => e.Level >= LogEventLevel.Error, string.Join("\n", events.Select(e => e.RenderMessage())));
        events.ShouldNotContain(e => e.Exception != null && e.Level >= LogEventLevel.Warning);
        events.Select(e => e.RenderMessage()).ShouldAllBe(line => !line.Contains('\n'));
    }

    private static async Task<JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("status").GetInt32().ShouldBe((int)status);
        problem.GetProperty("title").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("type").GetString().ShouldNotBeNullOrWhiteSpace();
        problem.GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        return problem;
    }
}
