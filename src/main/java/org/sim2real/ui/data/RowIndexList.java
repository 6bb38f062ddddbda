package org.sim2real.ui.data;

import java.util.AbstractList;
import java.util.RandomAccess;

/**
 * The row numbers 0..n-1 as a list that holds nothing: the preview table's items. A
 * {@code TableView} over it creates cells only for the rows on screen, so a table of 100,000
 * rows costs no more than one of 30.
 */
final class RowIndexList extends AbstractList<Integer> implements RandomAccess {
  private final int size;

  RowIndexList(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size must be >= 0, not " + size);
    }
    this.size = size;
  }

  @Override
  public Integer get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException("row " + index + " of " + size);
    }
    return index;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public int indexOf(Object o) {
    return o instanceof Integer i && i >= 0 && i < size ? i : -1;
  }

  @Override
  public int lastIndexOf(Object o) {
    return indexOf(o);
  }

  @Override
  public boolean contains(Object o) {
    return indexOf(o) >= 0;
  }
}
