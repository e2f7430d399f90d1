using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using RobotPlan.EntityFrameworkCore.ListingSearch;

namespace RobotPlan.EntityFrameworkCore.Tests.ListingSearch;

public sealed class ListingSearchCacheConfiguration_Tests
{
    [Theory]
    [InlineData(null, 60)]
    [InlineData("0", 0)]
    [InlineData("5", 5)]
    public void The_Search_Cache_Lifetime_Comes_From_ListingSearch_CacheSeconds_Else_60_Seconds(string? configured, int expectedSeconds)
    {
        var settings = new Dictionary<string, string?> { ["Database:Provider"] = "Sqlite", ["ConnectionStrings:Default"] = "Data Source=:memory:" };
        if (configured is not null) settings["ListingSearch:CacheSeconds"] = configured;
        var services = new ServiceCollection();
        services.AddRobotPlanEntityFrameworkCore(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), "unused.db");
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ListingSearchCache>().Lifetime.ShouldBe(TimeSpan.FromSeconds(expectedSeconds));
    }
}
