using Dapper;
using VoiceHub.Core.Model;
using VoiceHub.Core.Stores;
using VoiceHub.Core.Tests.Projects;
using VoiceHub.TestCommon;

namespace VoiceHub.Core.Tests.Stores;

public sealed class ThemeStoreTests(PostgresCluster cluster) : IAsyncLifetime
{
    private TestDatabase _db = null!;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _db = await TestDatabase.CreateAsync(cluster);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task Seeds_ApplyTheCouncilTaxonomy_RetiringHospitalThemesAndMergingMappedOnes()
    {
        var all = await _db.Themes.ListAllAsync(_ct);
        var careAtHome = all.Single(t => t.Name == "Care at home");
        Assert.True(careAtHome is { Active: true, Public: true, PublicName: "Care at home", EasyReadName: "Help at home", Category: "Providing support" });
        Assert.Empty(careAtHome.QdcLabels);
        Assert.Contains("Appointment arrangements", all.Single(t => t.Name == "Contacting services").QdcLabels);
        Assert.False(all.Single(t => t.Name == "Mental Health Act").Active);
        var appointments = all.Single(t => t.Name == "Appointment arrangements");
        Assert.False(appointments.Active);
        Assert.Equal(all.Single(t => t.Name == "Contacting services").Id, appointments.MergedInto);
        var notAssigned = all.Single(t => t.Name == "Not assigned");
        Assert.True(notAssigned.Active);
        Assert.Null(notAssigned.PublicLabel);
        Assert.DoesNotContain(await _db.Themes.ListAsync(_ct), t => t.Name == "Pain management");

        // Applied once: a second start changes nothing an admin did.
        Assert.True(await _db.Themes.UpdateAsync(careAtHome.Id, "Home care visits", "Care at home", "Help at home", "Providing support", "d", true, _ct));
        Assert.False(await _db.Themes.ApplyTaxonomyAsync([new ThemeSeed("Care at home", "x", "x", "x", "x", true, [])], _ct));
        Assert.DoesNotContain(await _db.Themes.ListAllAsync(_ct), t => t.Name == "Care at home");
    }

    [Fact]
    public async Task ConfirmedFromSuggestions_StillLabelled_AreReadPerTheme_AndFollowAMerge()
    {
        var items = await ProjectTestData.AddItemsAsync(_db, 4);
        var user = await ProjectTestData.UserAsync(_db);
        var theme = (await _db.Themes.AddAsync("Respite breaks", "Providing support", "Short breaks for carers.", _ct))!.Value;
        await _db.Themes.ConfirmExampleAsync(theme, items[0], user, _ct);
        await _db.Themes.ConfirmExampleAsync(theme, items[1], user, _ct);
        await _db.Classifications.SetByStaffAsync(items[2], [theme], [], null, user, _ct); // found by staff: not from the list
        await using (var conn = await _db.DataSource.OpenConnectionAsync(_ct))
        {
            // Staff later took the label off items[1].
            await conn.ExecuteAsync("DELETE FROM item_themes WHERE item_id = @item AND theme_id = @theme", new { item = items[1], theme });
        }

        Assert.Equal([items[0]], (await _db.Themes.ConfirmedFromSuggestionsAsync(_ct))["Respite breaks"]);

        var into = (await _db.Themes.AddAsync("Carers' breaks", "Providing support", "Breaks for carers.", _ct))!.Value;
        await _db.Classifications.SetByStaffAsync(items[0], [theme, into], [], null, user, _ct); // own example of the target too
        await _db.Themes.ConfirmExampleAsync(into, items[3], user, _ct);
        Assert.True(await _db.Themes.MergeAsync(theme, into, _ct));

        // items[0] is the target's own example as well, so it is not counted as from the list; items[3] still is.
        Assert.Equal([items[3]], (await _db.Themes.ConfirmedFromSuggestionsAsync(_ct))["Carers' breaks"]);
    }

    [Fact]
    public async Task RenameAndMerge_CarryLabelsCorrectionsAndSavedSearches()
    {
        var items = await ProjectTestData.AddItemsAsync(_db, 3);
        var user = await ProjectTestData.UserAsync(_db);
        var from = await _db.Themes.AddAsync("Waiting lists", "Working with people", "Waiting for an assessment.", _ct);
        var into = (await _db.Themes.ListAllAsync(_ct)).Single(t => t.Name == "Assessments and reviews");
        Assert.NotNull(from);
        Assert.Null(await _db.Themes.AddAsync("waiting LISTS", "Working with people", "", _ct)); // names are unique, ignoring case
        await ProjectTestData.ThemeAsync(_db, "Waiting lists", items[0]);
        await using (var conn = await _db.DataSource.OpenConnectionAsync(_ct))
        {
            // items[1] is a staff correction; items[2] already has the target as a model label and the source from staff.
            await conn.ExecuteAsync("""
                INSERT INTO item_themes (item_id, theme_id, source, created_by) VALUES (@a, @from, 'staff', @user), (@b, @from, 'staff', @user);
                INSERT INTO item_themes (item_id, theme_id, score, source, model_version) VALUES (@b, @into, 0.7, 'model', 'v1');
                """, new { a = items[1], b = items[2], from, into = into.Id, user });
        }
        var savedId = (await new SavedSearchStore(_db.DataSource).CreateAsync(user, "Waits", "late theme:\"Waiting lists\"",
            new SearchFilters { Themes = ["Waiting lists", "Transport to/ from services"] }, _ct))!.Value;

        Assert.True(await _db.Themes.UpdateAsync(from!.Value, "Waiting for assessments", "Waiting for an assessment", "", "Working with people",
            "Waits.", true, _ct));
        var renamed = (await new SavedSearchStore(_db.DataSource).FindAsync(savedId, _ct))!;
        Assert.Equal("late theme:\"Waiting for assessments\"", renamed.Query);
        Assert.Equal(["Transport to/ from services", "Waiting for assessments"], renamed.Filters.Themes.Order(StringComparer.Ordinal));
        Assert.Equal([("Waiting for assessments", "model")], await LabelsAsync(items[0]));
        Assert.False(await _db.Themes.UpdateAsync(into.Id, "Waiting lists", "", "", "c", "", false, _ct)); // a former name is taken

        Assert.True(await _db.Themes.MergeAsync(from.Value, into.Id, _ct));
        Assert.Equal([("Assessments and reviews", "model")], await LabelsAsync(items[0]));
        Assert.Equal([("Assessments and reviews", "staff")], await LabelsAsync(items[1]));
        Assert.Equal([("Assessments and reviews", "staff")], await LabelsAsync(items[2])); // the correction wins over the model
        var merged = (await new SavedSearchStore(_db.DataSource).FindAsync(savedId, _ct))!;
        Assert.Equal("late theme:\"Assessments and reviews\"", merged.Query);
        Assert.Contains("Assessments and reviews", merged.Filters.Themes);
        Assert.DoesNotContain("Waiting for assessments", merged.Filters.Themes);
        var source = await _db.Themes.FindAsync(from.Value, _ct);
        Assert.True(source is { Active: false, PublicLabel: null });
        Assert.Equal(into.Id, source!.MergedInto);
        // Corrections are training examples of the target now.
        var examples = await _db.Classifications.StaffExamplesAsync(_ct);
        Assert.Equal(["Assessments and reviews"], examples.Single(e => e.ItemId == items[1]).Themes);
    }

    private async Task<(string, string)[]> LabelsAsync(long itemId)
    {
        await using var conn = await _db.DataSource.OpenConnectionAsync(_ct);
        return (await conn.QueryAsync<(string, string)>(
            "SELECT t.name, it.source FROM item_themes it JOIN themes t ON t.id = it.theme_id WHERE it.item_id = @itemId ORDER BY t.name",
            new { itemId })).ToArray();
    }
}
