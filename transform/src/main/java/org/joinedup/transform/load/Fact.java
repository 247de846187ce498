package org.joinedup.transform.load;

/**
 * One warehouse row, as a plain record of the values a return gave: its {@link FactTable}
 * says which table and columns it goes to. Every fact carries the sheet and row it came
 * from; the file comes through its submission.
 */
public interface Fact {

}
