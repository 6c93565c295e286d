package com.districtbulletin.fingerprint;

import com.districtbulletin.text.Sha256;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.function.Function;

/**
 * The SHA-256 of what a document is made from, in a canonical form: records by every component
 * (so a component added later counts without anyone remembering to add it), lists in their order,
 * unordered maps and sets sorted, decimals with their scale, each value tagged with its kind and
 * length. It starts with the {@link BuildIdentity}, so that a new build — layout, wording, fonts —
 * rewrites each document once. An object of another kind counts by its {@code toString()}.
 */
public final class Fingerprint {

    private final MessageDigest sha = Sha256.digest();
    private final Map<Class<?>, Function<Object, ?>> briefly;

    private Fingerprint(Map<Class<?>, Function<Object, ?>> briefly) {
        this.briefly = briefly;
    }

    /** A fingerprint of one kind of document ("receipt", "profile"…) under this build. */
    public static Fingerprint of(String kind) {
        Fingerprint f = new Fingerprint(new LinkedHashMap<>());
        f.add(kind).add(BuildIdentity.digest());
        return f;
    }

    /**
     * Values of {@code type} count by {@code identity} only: for shared constants (a metric of the
     * catalogue counts by its id, the catalogue itself being part of the build).
     */
    @SuppressWarnings("unchecked")
    public <T> Fingerprint briefly(Class<T> type, Function<? super T, ?> identity) {
        briefly.put(type, value -> identity.apply((T) value));
        return this;
    }

    public Fingerprint add(Object value) {
        encode(value);
        return this;
    }

    /**
     * The record's components but those named: for a record most of which a document reads only in
     * part (counted apart), while whatever it gains later counts by default.
     */
    public Fingerprint addExcept(Record r, Set<String> leftOut) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            if (!leftOut.contains(c.getName())) {
                text('C', c.getName());
                encode(component(r, c.getAccessor()));
            }
        }
        return this;
    }

    public String hex() {
        return Sha256.hex(sha.digest());
    }

    private void encode(Object v) {
        if (v == null) {
            tag('N');
        } else if (v instanceof CharSequence s) {
            text('S', s.toString());
        } else if (v instanceof BigDecimal d) {
            text('D', d.toString()); // 1.0 and 1.00 print differently
        } else if (v instanceof Number || v instanceof Boolean || v instanceof Character) {
            text('I', v.getClass().getSimpleName() + ":" + v);
        } else if (v instanceof Enum<?> e) {
            text('E', e.getDeclaringClass().getName() + "." + e.name());
        } else if (v instanceof TemporalAccessor t) {
            text('T', t.toString());
        } else if (v instanceof byte[] bytes) {
            tag('B');
            length(bytes.length);
            sha.update(bytes);
        } else if (v instanceof Object[] array) {
            ordered(Arrays.asList(array));
        } else if (brief(v) != null) {
            tag('F');
            encode(brief(v).apply(v));
        } else if (v instanceof Record r) {
            record(r);
        } else if (v instanceof List<?> || v instanceof LinkedHashSet<?> || v instanceof SortedSet<?>) {
            ordered((Collection<?>) v);
        } else if (v instanceof Collection<?> c) {
            unordered('U', c.stream().map(this::digestOf).toList());
        } else if (v instanceof LinkedHashMap<?, ?> || v instanceof SortedMap<?, ?>) {
            tag('M');
            Map<?, ?> m = (Map<?, ?>) v;
            length(m.size());
            m.forEach((key, value) -> {
                encode(key);
                encode(value);
            });
        } else if (v instanceof Map<?, ?> m) {
            List<byte[]> entries = new ArrayList<>();
            m.forEach((key, value) -> entries.add(digestOf(List.of(wrap(key), wrap(value)))));
            unordered('H', entries);
        } else {
            text('O', v.getClass().getName() + ":" + v);
        }
    }

    private Function<Object, ?> brief(Object v) {
        for (Map.Entry<Class<?>, Function<Object, ?>> e : briefly.entrySet()) {
            if (e.getKey().isInstance(v)) {
                return e.getValue();
            }
        }
        return null;
    }

    private void record(Record r) {
        RecordComponent[] components = r.getClass().getRecordComponents();
        text('R', r.getClass().getName());
        length(components.length);
        for (RecordComponent c : components) {
            text('C', c.getName());
            encode(component(r, c.getAccessor()));
        }
    }

    private static Object component(Record r, Method accessor) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + accessor + " for a fingerprint", e);
        }
    }

    private void ordered(Collection<?> values) {
        tag('L');
        length(values.size());
        values.forEach(this::encode);
    }

    private void unordered(char kind, List<byte[]> digests) {
        tag(kind);
        length(digests.size());
        digests.stream().sorted(Arrays::compare).forEach(sha::update);
    }

    /** A value of an unordered collection, fingerprinted alone (without the build) so that it can be sorted. */
    private byte[] digestOf(Object value) {
        Fingerprint alone = new Fingerprint(briefly);
        alone.encode(value);
        return alone.sha.digest();
    }

    /** Null keys and values of a map, kept as values in the entry's list. */
    private static Object wrap(Object value) {
        return value == null ? new NullValue() : value;
    }

    private record NullValue() {
    }

    private void tag(char kind) {
        sha.update((byte) kind);
    }

    private void length(int n) {
        sha.update(new byte[] {(byte) (n >>> 24), (byte) (n >>> 16), (byte) (n >>> 8), (byte) n});
    }

    private void text(char kind, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        tag(kind);
        length(bytes.length);
        sha.update(bytes);
    }
}
