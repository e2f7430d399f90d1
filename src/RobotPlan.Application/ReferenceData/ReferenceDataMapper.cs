namespace RobotPlan.ReferenceData;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class ReferenceDataMapper
{
    public static partial JurisdictionDto ToDto(this ReviewJurisdiction jurisdiction);

    public static partial CategoryDto ToDto(this ProductCategory category);

    public static partial OrganizationDto ToDto(this CertifyingOrganization body);

}
