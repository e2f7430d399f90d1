using RobotPlan.ListingSearch;

namespace RobotPlan.Domain.Tests.ListingSearch;

/// <summary>ADR 0006: what each keyword segment asks of the term index.</summary>
public sealed class KeywordPlan_Tests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" \"*%_ ")]
    public void Should_Look_Up_Every_Listing_When_The_Keyword_Has_No_Segment(string? keyword) =>
        KeywordPlan.Parse(keyword).Lookups.ShouldHaveSingleItem().ShouldBe(SegmentLookup.EveryListing);

    [Fact]
    public void Should_Index_Every_Listing_Under_The_Empty_Term() =>
        SearchTerms.ForIndexWithContexts("码垛机").ShouldContainKey(SearchTerms.EveryListing);

    [Theory]
    [InlineData("焊", "焊")]
    [InlineData("焊接", "焊接")]
    [InlineData("RV-40", "rv-40")]
    public void Should_Need_No_Check_When_One_Term_Is_The_Segment(string keyword, string term)
    {
        var lookup = KeywordPlan.Parse(keyword).Lookups.ShouldHaveSingleItem();
        lookup.Candidates.ShouldBe([term]);
        lookup.Check.ShouldBeNull();
    }

    [Fact]
    public void Should_Confirm_A_Longer_Segment_In_The_Contexts_Of_Its_Covering_Bigrams()
    {
        var lookup = KeywordPlan.Parse("焊接机器人").Lookups.ShouldHaveSingleItem();
        lookup.Candidates.ShouldBe(["焊接", "接机", "机器", "器人"]);
        lookup.Check.ShouldBe("焊接机器人");
        lookup.InContexts.ShouldBeTrue();
    }

    [Fact]
    public void Should_Confirm_A_Segment_Longer_Than_Any_Window_In_The_Listing_Text()
    {
        var lookup = KeywordPlan.Parse("面向汽车零部件弧焊的六轴关节机器人").Lookups.ShouldHaveSingleItem();
        lookup.InContexts.ShouldBeFalse();
        lookup.Check.ShouldBe("面向汽车零部件弧焊的六轴关节机器人");
    }

    [Fact]
    public void Should_Key_Cached_Counts_By_The_Normalized_Segments() =>
        KeywordPlan.Parse(" ＲＶ减速器 \"焊接\" ").Key.ShouldBe(KeywordPlan.Parse("rv减速器 焊接").Key);
}
