namespace RobotPlan.Users;

/// <summary>Target-driven, so Identity's secrets (hash, stamps) can never slip into the DTO by name.</summary>
[Mapper(RequiredMappingStrategy = RequiredMappingStrategy.Target)]
public static partial class UserMapper
{
    public static UserDto ToDto(this AppUser user, IReadOnlyList<string> roles, DateTimeOffset now) =>
        Map(user, roles, user.LockoutEnd is { } end && end > now);

    private static partial UserDto Map(AppUser user, IReadOnlyList<string> roles, bool isLockedOut);
}
