using RobotPlan.ListingSearch;

namespace RobotPlan.Domain.Tests.ListingSearch;

/// <summary>ADR 0006: a keyword's terms are always a subset of the terms of any text that contains it.</summary>
public sealed class SearchTerms_Tests
{
    [Theory]
    [InlineData("RV减速器", "减速器")]
    [InlineData("弧焊焊接机器人工作站", "焊接机器人")]
    [InlineData("弧焊焊接机器人工作站", "焊")]
    [InlineData("弧焊焊接机器人工作站", "焊接")]
    [InlineData("RV 精密减速器 RV-40E", "rv-40")]
    [InlineData("RV 精密减速器 RV-40E", "40E")]
    [InlineData("ＲＶ减速器", "rv减速器")]
    public void Should_Find_Every_Keyword_Term_In_A_Text_That_Contains_It(string text, string keyword)
    {
        var index = SearchTerms.ForIndex(text);
        var segments = SearchTerms.ForQuery(keyword);
        segments.ShouldNotBeEmpty();
        segments.SelectMany(s => s.Terms).ShouldAllBe(t => index.Contains(t));
        segments.ShouldAllBe(s => SearchTerms.Normalize(text).Contains(s.Text));
    }

    [Fact]
    public void Should_Index_Unigrams_And_Bigrams_Of_Chinese_Text() =>
        SearchTerms.ForIndex("码垛机").OrderBy(t => t, StringComparer.Ordinal)
            .ShouldBe(new[] { "垛", "垛机", "机", "码", "码垛" }.OrderBy(t => t, StringComparer.Ordinal));

    [Fact]
    public void Should_Look_Up_A_Single_Character_As_Its_Unigram() =>
        SearchTerms.ForQuery("焊").ShouldHaveSingleItem().Terms.ShouldBe(["焊"]);

    [Fact]
    public void Should_Intersect_All_Bigrams_Of_A_Longer_Keyword() =>
        SearchTerms.ForQuery("焊接机器人").ShouldHaveSingleItem().Terms.ShouldBe(["焊接", "接机", "机器", "器人"]);

    [Theory]
    [InlineData("\"焊接\"", "焊接")]
    [InlineData("焊接*", "焊接")]
    [InlineData("-焊接", "焊接")]
    [InlineData("(焊接)", "焊接")]
    [InlineData("焊接%", "焊接")]
    [InlineData("焊接_", "焊接")]
    public void Should_Treat_Operators_As_Plain_Separators(string keyword, string segment) =>
        SearchTerms.ForQuery(keyword).ShouldHaveSingleItem().Text.ShouldBe(segment);

    [Fact]
    public void Should_Treat_AND_As_An_Ordinary_Word() =>
        SearchTerms.ForQuery("焊接 AND 码垛").Select(s => s.Text).ShouldBe(["焊接", "and", "码垛"]);

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("\"*\" - ( )")]
    [InlineData("")]
    [InlineData(null)]
    public void Should_Have_No_Segment_When_The_Keyword_Is_Only_Operators(string? keyword) =>
        SearchTerms.ForQuery(keyword).ShouldBeEmpty();

    // ADR 0006 (P-8): CJK trigram rows find a 3-character keyword exactly and a longer one through its rarest trigram.
    [Fact]
    public void Should_Index_Every_Trigram_Of_A_Chinese_Run_And_None_Across_Other_Characters() =>
        SearchTerms.ForIndexRows("码垛机器 RV减速器").Where(t => t.Length == 3 && SearchTerms.IsCjk(t[0]))
            .ShouldBe(["码垛机", "垛机器", "减速器"], ignoreOrder: true);

    [Fact]
    public void Should_Keep_The_Unigrams_Bigrams_And_Prefixes_In_The_Index_Rows()
    {
        var rows = SearchTerms.ForIndexRows("码垛机 RV-40E");
        SearchTerms.ForIndex("码垛机 RV-40E").ShouldAllBe(t => rows.Contains(t));
        rows.ShouldContain(SearchTerms.EveryListing);
        rows.Count.ShouldBe(SearchTerms.ForIndex("码垛机 RV-40E").Count + 2);
    }

    [Theory]
    [InlineData("弧焊焊接机器人工作站", "焊接机器人")]
    [InlineData("面向汽车零部件弧焊的六轴关节机器人。", "零部件弧焊的六轴关节机器")]
    [InlineData("ＲＶ减速器", "rv减速器")]
    [InlineData("精密减速器rv-40e", "减速器rv-40e")]
    public void Should_Find_Every_Trigram_Of_A_Segment_In_A_Text_That_Contains_It(string text, string keyword)
    {
        var rows = SearchTerms.ForIndexRows(text);
        var segment = SearchTerms.ForQuery(keyword).ShouldHaveSingleItem();
        segment.Trigrams.ShouldNotBeEmpty();
        segment.Trigrams.ShouldAllBe(t => rows.Contains(t));
    }

    [Fact]
    public void Should_Give_A_Segment_No_Trigram_When_It_Has_No_Three_Chinese_Characters_In_A_Row() =>
        SearchTerms.ForQuery("焊接-rv").ShouldHaveSingleItem().Trigrams.ShouldBeEmpty();
}
