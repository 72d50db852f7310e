package org.marsad.spark;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark schema of a record class, read from the record itself so that a field added to the
 * contract becomes a column without touching this module: one column per component, under its
 * JSON name; nested records become structs, lists arrays. A value of no fixed shape (such as a
 * map of mixed values) is kept as its JSON text.
 */
public final class RecordSchema {
    private RecordSchema() {}

    public static StructType of(Class<? extends Record> type) {
        List<StructField> fields = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.add(DataTypes.createStructField(jsonName(c), typeOf(c.getGenericType()), true));
        }
        return DataTypes.createStructType(fields);
    }

    static String jsonName(RecordComponent c) {
        JsonProperty p = c.getAccessor().getAnnotation(JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : c.getName();
    }

    @SuppressWarnings("unchecked")
    private static DataType typeOf(Type t) {
        if (t instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                return DataTypes.createArrayType(typeOf(p.getActualTypeArguments()[0]), true);
            }
            if (Map.class.isAssignableFrom(raw)) {
                Type value = p.getActualTypeArguments()[1];
                DataType v = value == Object.class ? DataTypes.StringType : typeOf(value);
                return DataTypes.createMapType(DataTypes.StringType, v, true);
            }
            return DataTypes.StringType;
        }
        if (!(t instanceof Class<?> c)) return DataTypes.StringType;
        if (c == String.class || c.isEnum()) return DataTypes.StringType;
        if (c == Integer.class || c == int.class) return DataTypes.IntegerType;
        if (c == Long.class || c == long.class) return DataTypes.LongType;
        if (c == Double.class || c == double.class) return DataTypes.DoubleType;
        if (c == Float.class || c == float.class) return DataTypes.FloatType;
        if (c == Boolean.class || c == boolean.class) return DataTypes.BooleanType;
        if (c.isRecord()) return of((Class<? extends Record>) c);
        return DataTypes.StringType;
    }
}
