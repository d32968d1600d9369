package fi.sote.booking.adapters.out.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import fi.sote.booking.domain.catalogue.CatalogueChange;
import fi.sote.booking.domain.catalogue.Kept;
import fi.sote.booking.domain.shared.OrganisationId;

/**
 * The rows of the catalogue's items as kept over time, every kind alike: read as stored now, replaced over the version
 * they were read at, and every change recorded in {@code catalogue_change}. The version is guarded by the database: the
 * guarding update takes the row's lock, so of two changes from one reading the second finds the version gone, whether
 * it came a moment later or at the same moment.
 */
@ApplicationScoped
class KeptRows {

    /**
     * One kind of item and its rows.
     *
     * @param table the table, also as the guarding statement names it
     * @param keyColumn the column {@link Kept#key()} names a row by ("id" or "code")
     * @param id the row's id for its key in an organisation
     * @param keyValue the key as the key column holds it
     */
    record Kind<T extends Kept<T>, E>(
            String table,
            String keyColumn,
            PanacheRepositoryBase<E, ?> rows,
            BiFunction<OrganisationId, String, Object> id,
            Function<T, Object> keyValue,
            Function<E, String> organisationOf,
            Function<T, E> row,
            Function<E, T> item) {}

    private final Sql sql;

    KeptRows(Sql sql) {
        this.sql = sql;
    }

    @SuppressWarnings("unchecked")
    <T extends Kept<T>, E> Optional<T> stored(Kind<T, E> kind, OrganisationId organisation, String key) {
        return ((PanacheRepositoryBase<E, Object>) kind.rows())
                .findByIdOptional(kind.id().apply(organisation, key))
                .filter(row -> kind.organisationOf().apply(row).equals(organisation.value()))
                .map(kind.item());
    }

    /** Replaces the row of {@code previous} with {@code next} and inserts the record; false when another came first. */
    <T extends Kept<T>, E> boolean replace(Kind<T, E> kind, T previous, T next, CatalogueChange change) {
        int guarded = sql.update(
                "update " + kind.table() + " set version = ?, retired = ? where organisation_id = ? and "
                        + kind.keyColumn() + " = ? and version = ?",
                s -> {
                    s.set(1, next.version());
                    s.set(2, next.retired());
                    s.set(3, previous.organisation().value());
                    s.set(4, kind.keyValue().apply(previous));
                    s.set(5, previous.version());
                });
        if (guarded != 1) {
            return false;
        }
        kind.rows().getEntityManager().merge(kind.row().apply(next));
        kind.rows().flush();
        sql.update("""
                insert into catalogue_change (organisation_id, entity, entity_key, version, kind, changed_by, changed_at,
                                              fields)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.set(1, previous.organisation().value());
            s.set(2, change.entity());
            s.set(3, change.key());
            s.set(4, change.version());
            s.set(5, change.kind().name());
            s.set(6, change.by());
            s.set(7, ReleaseRows.utc(change.at()));
            s.texts(8, change.fields());
        });
        return true;
    }

    /** The recorded changes of the kind, or of one item of it ({@code key} not null), oldest first. */
    List<CatalogueChange> changes(OrganisationId organisation, String entity, String key) {
        return sql.list(
                """
                select entity, entity_key, version, kind, changed_by, changed_at, fields
                  from catalogue_change
                 where organisation_id = ? and entity = ? and (?::text is null or entity_key = ?)
                 order by id""",
                s -> {
                    s.set(1, organisation.value());
                    s.set(2, entity);
                    s.set(3, key);
                    s.set(4, key);
                },
                row -> new CatalogueChange(
                        row.getString("entity"),
                        row.getString("entity_key"),
                        row.getLong("version"),
                        CatalogueChange.Kind.valueOf(row.getString("kind")),
                        row.getString("changed_by"),
                        Sql.instant(row, "changed_at"),
                        Sql.texts(row, "fields")));
    }
}
