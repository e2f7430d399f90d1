namespace RobotPlan.FirstUnitInsurance;

/// <summary>One delivered unit a policy covers: which product, which serial number, to which buyer, for how much.</summary>
public sealed record InsuredUnit(
    Guid ProductId,
    string SerialNumber,
    string BuyerUscc,
    string BuyerName,
    string ContractNumber,
    DateOnly DeliveryDate,
    decimal UnitValue);
