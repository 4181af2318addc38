package dev.lede.model;

import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

/**
 * Copies of a record with some of its components changed, for the {@code with...} methods of
 * immutable records: {@code Records.with(this, "maxTokens", tokens)}. The copy is made through the
 * canonical constructor, so it is validated as any new record is; a name that is no component, or a
 * value of the wrong type, fails naming it.
 */
public final class Records {
  private Records() {}

  /** {@code record} with component {@code name} set to {@code value}. */
  public static <R extends Record> R with(R record, String name, Object value) {
    return copy(record, new String[] {name}, new Object[] {value});
  }

  /** {@code record} with components {@code name1} and {@code name2} set. */
  public static <R extends Record> R with(
      R record, String name1, Object value1, String name2, Object value2) {
    return copy(record, new String[] {name1, name2}, new Object[] {value1, value2});
  }

  private static <R extends Record> R copy(R record, String[] names, Object[] values) {
    RecordComponent[] components = record.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    Object[] args = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        args[i] = components[i].getAccessor().invoke(record);
      }
      for (int k = 0; k < names.length; k++) {
        int i = index(components, names[k], record);
        if (values[k] != null && !boxed(types[i]).isInstance(values[k])) {
          throw new IllegalArgumentException(
              names[k]
                  + " of "
                  + record.getClass().getSimpleName()
                  + " is a "
                  + types[i]
                  + ", not a "
                  + values[k].getClass().getName());
        }
        args[i] = values[k];
      }
      @SuppressWarnings("unchecked")
      Constructor<R> canonical = (Constructor<R>) record.getClass().getConstructor(types);
      return canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r; // the record's own validation, naming the bad value
      }
      throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot copy " + record.getClass().getName(), e);
    }
  }

  private static int index(RecordComponent[] components, String name, Record record) {
    for (int i = 0; i < components.length; i++) {
      if (components[i].getName().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        record.getClass().getSimpleName() + " has no component " + name);
  }

  private static Class<?> boxed(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }
}
