using RobotPlan.Reviews;
using RobotPlan.SeedWork;

namespace RobotPlan.Domain.Tests.Reviews;

public sealed class TransitionTable_Tests
{
    private enum Step { Draft, Submitted, Review, Done }

    private enum Act { Submit, Finish }

    private static TransitionTable<Step, Act> Table() => new TransitionTable<Step, Act>("Test:Illegal")
        .Allow(Act.Submit, Step.Submitted, "author", Step.Draft)
        .Allow(Act.Finish, Step.Done, "reviewer", Step.Review)
        .Allow(Act.Finish, Step.Done, "author", Step.Submitted);

    [Fact]
    public void Should_Throw_The_Callers_Code_With_Current_And_Wanted_State_When_Move_Is_Not_Listed()
    {
        var error = Should.Throw<BusinessException>(() => Table().Ensure(Step.Draft, Act.Finish));
        error.Code.ShouldBe("Test:Illegal");
        error.Field.ShouldBeNull();
        error.Arguments.ShouldBe([Step.Draft, Step.Done]);
    }

    [Fact]
    public void Should_Allow_The_Move_When_Current_State_Is_Listed() =>
        Table().Ensure(Step.Submitted, Act.Finish).ShouldBe(Step.Done);

    [Fact]
    public void Should_Say_Who_May_Act_Per_State_When_A_Row_Exists()
    {
        var table = Table();
        table.Find(Step.Review, Act.Finish).ShouldBe(new Transition<Step>(Step.Done, "reviewer"));
        table.Find(Step.Submitted, Act.Finish).ShouldBe(new Transition<Step>(Step.Done, "author"));
        table.Find(Step.Done, Act.Finish).ShouldBeNull();
        table.Rows.Count().ShouldBe(3);
    }

    [Fact]
    public void Should_Refuse_A_Second_Target_When_An_Act_Already_Leads_Elsewhere() =>
        Should.Throw<ArgumentException>(() => Table().Allow(Act.Submit, Step.Review, "author", Step.Submitted));

    [Fact]
    public void Should_Refuse_A_Duplicate_Row_When_State_And_Act_Are_Listed_Twice() =>
        Should.Throw<ArgumentException>(() => Table().Allow(Act.Submit, Step.Submitted, "reviewer", Step.Draft));
}
