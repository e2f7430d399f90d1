namespace RobotPlan.SubsidyPrograms;

[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class SubsidyProgramMapper
{
    public static SubsidyProgramDto ToDto(this SubsidyProgram program) => new(
        program.Id, program.Year, program.Kind, program.Title, program.TitleEn, program.OpensAtUtc, program.ClosesAtUtc,
        program.Budget, program.Reserved, program.Paid, program.Remaining,
        program.CurrentParameters.ToDto(),
        program.ParameterVersions.OrderByDescending(v => v.Version).Select(v => v.ToDto()).ToList(),
        program.ConcurrencyStamp);

    /// <summary>The title in the reader's UI culture (issue #16 item 6); award letters keep the official <c>Title</c>.</summary>
    public static string LocalTitle(this SubsidyProgram program) => BilingualName.Local(program.Title, program.TitleEn);

    public static partial SubsidyParameterVersionDto ToDto(this SubsidyParameterVersion version);

    public static partial SubsidyParametersDto ToDto(this SubsidyParameters parameters);

    public static partial SubsidyParameters ToValue(this SubsidyParametersDto parameters);

    public static partial SubsidyEstimateLineDto ToDto(this ComputationLine line);
}
