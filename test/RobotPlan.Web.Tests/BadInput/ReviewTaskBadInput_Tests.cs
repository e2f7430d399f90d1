using System.Net;
using System.Text.Json;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.BadInput;

/// <summary>S-D for the inbox (issue #19): a filter that can never match a value is a 400 naming it, not an empty list.</summary>
public sealed class ReviewTaskBadInput_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private const string District = RobotPlanTestData.DistrictReviewerOfA;
    private const string Tasks = "/api/app/tasks";

    public static TheoryData<BadInputCase> Cases() =>
    [
        new("unknown kind", "GET", Tasks + "?kind=Letter", District, "", "kind"),
        new("kind out of range", "GET", Tasks + "?kind=9", District, "", "kind"),
        new("unknown step", "GET", Tasks + "?step=Mayor", District, "", "step"),
        new("unknown urgency", "GET", Tasks + "?urgency=Yesterday", District, "", "urgency"),
        new("unknown sort", "GET", Tasks + "?sort=Random", District, "", "sort"),
        new("descending not a bool", "GET", Tasks + "?descending=maybe", District, "", "descending"),
        new("malformed batch or programme id", "GET", Tasks + "?containerId=batch-1", District, "", "containerId"),
        new("malformed district id", "GET", Tasks + "?districtId=42", District, "", "districtId"),
        new("search too long", "GET", Tasks + "?search=" + new string('搜', 101), District, "", "search"),
        new("page too large", "GET", Tasks + "?maxResultCount=201", District, "", "maxResultCount"),
        new("negative skip", "GET", Tasks + "?skipCount=-1", District, "", "skipCount"),
        new("export with an unknown kind", "GET", Tasks + "/export?kind=Letter", District, "", "kind"),
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_Answer_400_Naming_The_Field(BadInputCase bad)
    {
        var client = await factory.ClientForAsync(bad.User);

        var response = await client.GetAsync(bad.Url);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(name => name.Equals(bad.Field, StringComparison.OrdinalIgnoreCase), $"errors: {errors}");
    }
}
