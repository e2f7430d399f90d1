namespace RobotPlan.FirstUnitInsurance;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class InsurancePolicyMapper
{
    public static partial InsurancePolicyDto ToDto(this InsurancePolicy policy);

    public static partial InsuredUnitDto ToDto(this InsuredUnit unit);
}
