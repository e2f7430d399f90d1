namespace RobotPlan.FirstUnitInsurance;

/// <summary>
/// What the eligibility rules need to know about one unit beyond the policy itself, gathered by the application layer
/// from other aggregates (listings, other policies, awards) so that the rules stay pure and testable.
/// </summary>
/// <param name="ListedOnDeliveryDate">Active in the first-unit catalog on the delivery date .</param>
/// <param name="BuyerUnitRank">1 for the buyer's first unit of this model, 2 for the second … .</param>
/// <param name="AlreadyFunded">Already funded by another claim, batch or programme .</param>
public sealed record UnitFacts(bool ListedOnDeliveryDate, int BuyerUnitRank, bool AlreadyFunded);
