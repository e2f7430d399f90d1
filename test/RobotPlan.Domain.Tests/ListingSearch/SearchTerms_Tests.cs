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

    // Third revision of ADR 0006: a bigram's term row keeps the text around its occurrences.
    [Fact]
    public void Should_Keep_Seven_Characters_Either_Side_Of_Each_Occurrence_Of_A_Bigram() =>
        SearchTerms.Contexts("0123456789焊接abcdefghijk", "焊接").ShouldBe("|3456789焊接abcdefg");

    [Fact]
    public void Should_Merge_The_Windows_Of_Nearby_Occurrences_And_Separate_Distant_Ones() =>
        SearchTerms.Contexts("焊接x焊接" + new string('y', 20) + "焊接", "焊接").ShouldBe("|焊接x焊接yyyyyyy|yyyyyyy焊接");

    [Fact]
    public void Should_Keep_No_Contexts_For_A_Bigram_Repeated_Beyond_The_Cap() =>
        SearchTerms.Contexts(string.Concat(Enumerable.Repeat("焊接" + new string('-', 20), 10)), "焊接").ShouldBeNull();

    [Fact]
    public void Should_Give_Contexts_Only_To_Chinese_Bigrams()
    {
        var index = SearchTerms.ForIndexWithContexts("码垛机 RV-40E");
        index["码垛"].ShouldBe("|码垛机 rv-40");
        index["码"].ShouldBeNull();
        index["rv"].ShouldBeNull();
    }

    [Theory]
    [InlineData("弧焊焊接机器人工作站", "焊接机器人")]
    [InlineData("面向汽车零部件弧焊的六轴关节机器人。", "零部件弧焊的六轴关节机器")]
    [InlineData("ＲＶ减速器", "rv减速器")]
    [InlineData("精密减速器rv-40e", "减速器rv-40e")]
    public void Should_Find_A_Segment_In_The_Contexts_Of_Every_Bigram_That_Covers_It(string text, string keyword)
    {
        var normalized = SearchTerms.Normalize(text);
        foreach (var segment in SearchTerms.ForQuery(keyword).Where(s => normalized.Contains(s.Text)))
        {
            segment.ContextTerms.ShouldNotBeEmpty(segment.Text);
            segment.ContextTerms.ShouldAllBe(t => SearchTerms.Contexts(normalized, t)!.Contains(segment.Text));
        }
    }

    [Fact]
    public void Should_Cover_A_Segment_Of_Up_To_Nine_Characters_From_Any_Of_Its_Bigrams() =>
        SearchTerms.ForQuery("零部件弧焊的六轴关").ShouldHaveSingleItem().ContextTerms.Count.ShouldBe(8);

    [Fact]
    public void Should_Cover_A_Longer_Segment_Only_From_Bigrams_Near_Its_Middle() =>
        // 12 characters: a bigram at offset j covers it when j <= 7 and 12 - j - 2 <= 7, i.e. j = 3..7.
        SearchTerms.ForQuery("汽车零部件弧焊的六轴关节").ShouldHaveSingleItem().ContextTerms.ShouldBe(["部件", "件弧", "弧焊", "焊的", "的六"], ignoreOrder: true);

    [Fact]
    public void Should_Leave_A_Segment_Longer_Than_Any_Window_To_The_Text_Check() =>
        SearchTerms.ForQuery("面向汽车零部件弧焊的六轴关节机器人").ShouldHaveSingleItem().ContextTerms.ShouldBeEmpty();
}
