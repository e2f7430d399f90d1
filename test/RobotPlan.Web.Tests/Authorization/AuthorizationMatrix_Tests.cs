using System.Reflection;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.Web.Tests.Infrastructure;

namespace RobotPlan.Web.Tests.Authorization;

/// <summary>
/// S-A: every API endpoint × every actor → the expected status. An endpoint without a case fails the test,
/// so every new endpoint must state who may call it.
/// </summary>
public sealed class AuthorizationMatrix_Tests(RobotPlanWebFactory factory) : IClassFixture<RobotPlanWebFactory>
{
    private static readonly List<EndpointCase> Cases = typeof(AuthorizationMatrix_Tests).Assembly.GetTypes()
        .Where(t => typeof(IEndpointExpectations).IsAssignableFrom(t) && t is { IsInterface: false, IsAbstract: false })
        .SelectMany(t => ((IEndpointExpectations)Activator.CreateInstance(t)!).Cases)
        .ToList();

    [Fact]
    public void Should_Have_A_Case_For_Every_Api_Endpoint()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["*"]).Select(m => Key(m, e.RoutePattern.RawText!)))
            .ToHashSet();
        var covered = Cases.Select(c => Key(c.Method, c.RouteTemplate)).ToHashSet();

        endpoints.Except(covered).Order().ShouldBeEmpty("these endpoints have no row in the authorization matrix");
        covered.Except(endpoints).Order().ShouldBeEmpty("these matrix rows name endpoints that do not exist");
    }

    public static TheoryData<string> CaseNames() => [.. Cases.Select(c => Key(c.Method, c.RouteTemplate)).Distinct()];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public async Task Should_Answer_Each_Actor_As_Expected(string caseName)
    {
        var context = new MatrixContext(factory);
        var failures = new List<string>();
        foreach (var @case in Cases.Where(c => Key(c.Method, c.RouteTemplate) == caseName))
        {
            foreach (var actor in Actors.All)
            {
                var client = await context.ClientAsync(actor);
                using var request = new HttpRequestMessage(new HttpMethod(@case.Method), await @case.Url(context))
                {
                    Content = @case.Body is null ? null : await @case.Body(context, actor),
                };
                using var response = await client.SendAsync(request);
                var expected = @case.Expected[actor];
                if ((int)response.StatusCode != expected)
                    failures.Add($"{actor}: expected {expected}, got {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        failures.ShouldBeEmpty();
    }

    private static string Key(string method, string template) => $"{method.ToUpperInvariant()} /{template.TrimStart('/')}";
}
