package saferstats.ingest.result;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.List;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.Supplier;

/**
 * An unmodifiable list whose size is known now and whose elements are made on first use, by any
 * thread, then kept: a warm rerun's cached rows are decoded only by a command that reads them (a
 * trends run reads the partitions' tallies instead). Equal to any list of the same elements.
 */
public final class LazyList<T> extends AbstractList<T> implements RandomAccess {
  private final int size;
  private Supplier<List<T>> make;
  private List<T> elements;

  private LazyList(int size, Supplier<List<T>> make) {
    this.size = size;
    this.make = make;
  }

  /** A list of {@code size} elements, which {@code make} gives when first asked for. */
  public static <T> List<T> of(int size, Supplier<List<T>> make) {
    return size == 0 ? List.of() : new LazyList<>(size, make);
  }

  private synchronized List<T> elements() {
    if (elements == null) {
      List<T> made = make.get();
      if (made.size() != size) {
        throw new IllegalStateException("made " + made.size() + " elements, not " + size);
      }
      elements = made;
      make = null; // what it read (a cache entry's bytes) can go
    }
    return elements;
  }

  @Override
  public T get(int index) {
    return elements().get(index);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public Iterator<T> iterator() {
    return elements().iterator();
  }

  @Override
  public Spliterator<T> spliterator() {
    return elements().spliterator();
  }
}
