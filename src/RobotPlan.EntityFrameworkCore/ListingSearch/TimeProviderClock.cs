using Microsoft.Extensions.Internal;

namespace RobotPlan.EntityFrameworkCore.ListingSearch;

/// <summary>The application's <see cref="TimeProvider"/> as MemoryCache's clock, so tests can move a cache's expiry.</summary>
internal sealed class TimeProviderClock(TimeProvider time) : ISystemClock
{
    public DateTimeOffset UtcNow => time.GetUtcNow();
}
