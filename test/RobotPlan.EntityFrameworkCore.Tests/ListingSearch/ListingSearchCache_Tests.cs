using Microsoft.Extensions.Time.Testing;
using RobotPlan.EntityFrameworkCore.ListingSearch;

namespace RobotPlan.EntityFrameworkCore.Tests.ListingSearch;

/// <summary>ADR 0006: the facet/total cache keeps a value at most one lifetime, and never across a listing change.</summary>
public sealed class ListingSearchCache_Tests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.Parse("2026-03-02T08:00:00Z", System.Globalization.CultureInfo.InvariantCulture));

    private static Func<Task<string>> Computes(string value, Action? meanwhile = null) => () =>
    {
        meanwhile?.Invoke();
        return Task.FromResult(value);
    };

    [Fact]
    public async Task Should_Reuse_A_Value_Until_The_Lifetime_Has_Passed()
    {
        using var cache = new ListingSearchCache(_clock, TimeSpan.FromSeconds(60));
        await cache.GetOrCreateAsync("k", Computes("first"));

        _clock.Advance(TimeSpan.FromSeconds(59));
        (await cache.GetOrCreateAsync("k", Computes("second"))).ShouldBe("first");
        _clock.Advance(TimeSpan.FromSeconds(2));
        (await cache.GetOrCreateAsync("k", Computes("third"))).ShouldBe("third");
    }

    [Fact]
    public async Task Should_Forget_Every_Value_When_A_Listing_Changes()
    {
        using var cache = new ListingSearchCache(_clock, TimeSpan.FromSeconds(60));
        await cache.GetOrCreateAsync("k", Computes("before"));

        cache.Invalidate();

        (await cache.GetOrCreateAsync("k", Computes("after"))).ShouldBe("after");
    }

    [Fact]
    public async Task Should_Not_Keep_A_Value_Computed_While_A_Listing_Changed()
    {
        using var cache = new ListingSearchCache(_clock, TimeSpan.FromSeconds(60));

        (await cache.GetOrCreateAsync("k", Computes("stale", meanwhile: cache.Invalidate))).ShouldBe("stale");

        (await cache.GetOrCreateAsync("k", Computes("fresh"))).ShouldBe("fresh");
    }

    [Fact]
    public async Task Should_Compute_Every_Time_When_The_Lifetime_Is_Zero()
    {
        using var cache = new ListingSearchCache(_clock, TimeSpan.Zero);
        await cache.GetOrCreateAsync("k", Computes("first"));

        (await cache.GetOrCreateAsync("k", Computes("second"))).ShouldBe("second");
    }
}
