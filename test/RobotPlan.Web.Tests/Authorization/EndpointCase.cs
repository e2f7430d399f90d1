namespace RobotPlan.Web.Tests.Authorization;

/// <summary>
/// One endpoint of the authorization matrix: its route template (as the endpoint data source names it), a concrete
/// request, and the status each actor must get. <see cref="Body"/> is called per request, so a create can use
/// fresh values each time; <see cref="Prepare"/> can create what the request needs (e.g. a product of A's) first.
/// </summary>
public sealed record EndpointCase(string Method, string RouteTemplate, Func<MatrixContext, Task<string>> Url, IReadOnlyDictionary<Actor, int> Expected)
{
    public Func<MatrixContext, Actor, Task<HttpContent?>>? Body { get; init; }

    public static EndpointCase Get(string template, Func<MatrixContext, string> url, string expected) =>
        new("GET", template, c => Task.FromResult(url(c)), Expect.Parse(expected));

    public static EndpointCase Send(string method, string template, Func<MatrixContext, string> url, string expected,
        Func<MatrixContext, Actor, HttpContent?> body) =>
        new(method, template, c => Task.FromResult(url(c)), Expect.Parse(expected)) { Body = (c, a) => Task.FromResult(body(c, a)) };

    /// <summary>For bodies that must read the database first (e.g. the current concurrency stamp).</summary>
    public static EndpointCase SendAsync(string method, string template, Func<MatrixContext, Task<string>> url, string expected,
        Func<MatrixContext, Actor, Task<HttpContent?>> body) =>
        new(method, template, url, Expect.Parse(expected)) { Body = body };
}

/// <summary>Supplies the cases of one area (Enterprises, Products ...): one class per area, found by reflection.</summary>
public interface IEndpointExpectations
{
    IEnumerable<EndpointCase> Cases { get; }
}

public static class Expect
{
    private static readonly Dictionary<string, Actor> Short = new(StringComparer.Ordinal)
    {
        ["anon"] = Actor.Anonymous, ["A"] = Actor.EnterpriseA, ["B"] = Actor.EnterpriseB, ["dA"] = Actor.DistrictOfA,
        ["dO"] = Actor.DistrictOther, ["mun"] = Actor.Municipal, ["exp"] = Actor.Expert, ["fin"] = Actor.Finance,
        ["test"] = Actor.TestingBody, ["admin"] = Actor.Admin,
        ["sec"] = Actor.SecurityAdmin, ["aud"] = Actor.AuditAdmin,
    };

    /// <summary>
    /// "anon=401 A=200 B=404 dA=200 dO=404 mun=200 exp=403 fin=200 test=403 admin=200"; "*=200" sets the rest.
    /// Every actor must end up with a status, so a forgotten actor fails loudly.
    /// </summary>
    public static IReadOnlyDictionary<Actor, int> Parse(string spec)
    {
        var result = new Dictionary<Actor, int>();
        int? rest = null;
        foreach (var part in spec.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var (who, status) = (part[..part.IndexOf('=')], int.Parse(part[(part.IndexOf('=') + 1)..]));
            if (who == "*") rest = status;
            else result[Short[who]] = status;
        }
        foreach (var actor in Actors.All.Where(a => !result.ContainsKey(a)))
            result[actor] = rest ?? throw new ArgumentException($"No status for {actor} in '{spec}'");
        return result;
    }
}
