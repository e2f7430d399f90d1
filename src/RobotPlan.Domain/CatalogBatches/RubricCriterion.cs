namespace RobotPlan.CatalogBatches;

/// <summary>One weighted criterion of a batch's scoring rubric (评分细则); weights total 100 .</summary>
public sealed record RubricCriterion(string Name, int Weight);
