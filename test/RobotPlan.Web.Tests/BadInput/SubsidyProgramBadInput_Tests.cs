using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D for subsidy programmes and the public estimator: 400 naming the field, nothing written.</summary>
public sealed class SubsidyProgramBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string Programs = "/api/app/subsidy-programs";
    private const string Finance = RobotPlanTestData.FinanceOfficer;

    private static string Program(string overrides)
    {
        var body = JsonSerializer.Deserialize<Dictionary<string, object?>>("""
            { "year": 2030, "kind": "InsuranceCompensation", "title": "2030 保险补偿", "opensAt": "2030-03-01T09:00:00",
              "closesAt": "2030-05-01T00:00:00", "budget": 1000000, "parameters": { "rateCap": 0.03 } }
            """)!;
        foreach (var (key, value) in JsonSerializer.Deserialize<Dictionary<string, object?>>(overrides)!) body[key] = value;
        return JsonSerializer.Serialize(body);
    }

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("unknown kind", "POST", Programs, Finance, Program("""{ "kind": "FreeMoney" }"""), "kind"),
        new("kind as a number", "POST", Programs, Finance, Program("""{ "kind": 1 }"""), "kind"),
        new("year out of range", "POST", Programs, Finance, Program("""{ "year": 1900 }"""), "year"),
        new("budget as text", "POST", Programs, Finance, Program("""{ "budget": "a lot" }"""), "budget"),
        new("negative budget", "POST", Programs, Finance, Program("""{ "budget": -1 }"""), "budget"),
        new("impossible date", "POST", Programs, Finance, Program("""{ "opensAt": "2030-02-30T00:00:00" }"""), "opensAt"),
        new("window closes before it opens", "POST", Programs, Finance, Program("""{ "closesAt": "2030-01-01T00:00:00" }"""), "closesAt"),
        new("rate cap above 100%", "POST", Programs, Finance, Program("""{ "parameters": { "rateCap": 3 } }"""), "parameters.rateCap"),
        new("huge title", "POST", Programs, Finance, Program($$"""{ "title": "{{new string('项', 500)}}" }"""), "title"),
        new("estimate without premium", "GET", "/api/public/subsidy-estimate?sumInsured=100", null, "", "premiumPaid"),
        new("estimate with text premium", "GET", "/api/public/subsidy-estimate?premiumPaid=abc&sumInsured=100", null, "", "premiumPaid"),
        new("estimate with negative sum", "GET", "/api/public/subsidy-estimate?premiumPaid=1&sumInsured=-5", null, "", "sumInsured"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field_And_Change_Nothing(BadInputCase bad)
    {
        var before = await factory.WithDbAsync(db => db.SubsidyPrograms.CountAsync());
        var client = await factory.ClientForAsync(bad.User);
        using var request = new HttpRequestMessage(new HttpMethod(bad.Method), bad.Url) { Content = bad.Method == "GET" ? null : bad.Content };

        var response = await client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase) , $"errors: {errors}");
        (await factory.WithDbAsync(db => db.SubsidyPrograms.CountAsync())).ShouldBe(before);
    }
}
