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
        SearchTerms.ForIndexRows("码垛机").ShouldContain(SearchTerms.EveryListing);

    [Theory]
    [InlineData("焊", "焊")]
    [InlineData("焊接", "焊接")]
    [InlineData("RV-40", "rv-40")]
    [InlineData("减速器", "减速器")]
    public void Should_Need_No_Check_When_One_Term_Is_The_Segment(string keyword, string term)
    {
        var lookup = KeywordPlan.Parse(keyword).Lookups.ShouldHaveSingleItem();
        lookup.Candidates.ShouldBe([term]);
        lookup.Check.ShouldBeNull();
    }

    [Fact]
    public void Should_Find_A_Longer_Segment_Through_Its_Trigrams_And_Confirm_It_In_The_Listing_Text()
    {
        var lookup = KeywordPlan.Parse("焊接机器人").Lookups.ShouldHaveSingleItem();
        lookup.Candidates.ShouldBe(["焊接机", "接机器", "机器人"]);
        lookup.Check.ShouldBe("焊接机器人");
    }

    [Theory]
    [InlineData("焊接机器人", new[] { "焊接机", "机器人" })]
    [InlineData("激光焊接", new[] { "激光焊", "光焊接" })]
    [InlineData("六轴焊接机器人", new[] { "六轴焊", "接机器", "机器人" })]
    [InlineData("减速器", new[] { "减速器" })]
    [InlineData("焊接-RV", new[] { "焊接", "rv" })]
    public void Should_Ask_An_Intersecting_Index_Only_For_The_Trigrams_That_Tile_A_Confirmed_Segment(string keyword, string[] terms) =>
        KeywordPlan.Parse(keyword).Lookups.ShouldHaveSingleItem().IntersectedTerms.ShouldBe(terms, ignoreOrder: true);

    [Fact]
    public void Should_Find_A_Mixed_Segment_Through_Its_Latin_Prefix_Or_Its_Trigrams() =>
        KeywordPlan.Parse("RV减速器").Lookups.ShouldHaveSingleItem().Candidates.ShouldBe(["rv", "减速器"]);

    [Fact]
    public void Should_Find_A_Segment_Without_Trigrams_Through_Its_Bigrams()
    {
        var lookup = KeywordPlan.Parse("焊接-RV").Lookups.ShouldHaveSingleItem();
        lookup.Candidates.ShouldBe(["焊接", "rv"], ignoreOrder: true);
        lookup.Check.ShouldBe("焊接-rv");
    }

    [Fact]
    public void Should_Key_Cached_Counts_By_The_Normalized_Segments() =>
        KeywordPlan.Parse(" ＲＶ减速器 \"焊接\" ").Key.ShouldBe(KeywordPlan.Parse("rv减速器 焊接").Key);
}
