namespace ThanhMieu.Portal.Hosting;

/// <summary>
/// <c>create-admin --email EMAIL [--name NAME]</c>: creates an administrator. The password comes from the
/// <c>PORTAL_ADMIN_PASSWORD</c> environment variable or, if unset, the first line of standard input; never from
/// the command line, where it would end up in shell history and process lists.
/// </summary>
public static class AdminCommand
{
    public const string Name = "create-admin";
    public const string PasswordVariable = "PORTAL_ADMIN_PASSWORD";

    public static bool IsRequested(string[] args) => args.Length > 0 && args[0] == Name;

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync(VietnameseFormat.Text(AccountText.Command_Usage, Name, PasswordVariable));
            return 2;
        }

        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            password = await Console.In.ReadLineAsync();
        }

        if (string.IsNullOrEmpty(password))
        {
            await Console.Error.WriteLineAsync(VietnameseFormat.Text(AccountText.Command_NoPassword, PasswordVariable));
            return 2;
        }

        await app.InitializePortalDatabaseAsync();

        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<AdminAccounts>();
        var (user, result) = await accounts.CreateAsync(
            email, Option(args, "--name") ?? AccountText.Role_Administrator, PortalUser.AdministratorRole, password, mustChangePassword: false);
        if (user is null)
        {
            foreach (var error in result.Errors)
            {
                await Console.Error.WriteLineAsync(error.Description);
            }

            return 1;
        }

        await scope.ServiceProvider.GetRequiredService<AuditLog>()
            .RecordAsync(AuditAction.Create, user, VietnameseFormat.Text(AccountText.Audit_CreatedByCommand, Name));
        Console.WriteLine(VietnameseFormat.Text(AccountText.Command_Created, email));
        return 0;
    }

    /// <summary>The value after <paramref name="name"/> on the command line, for every operator command.</summary>
    internal static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
