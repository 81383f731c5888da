package vn.antt.reporting.contracts.planning;

/**
 * One numbered section of a report outline (Đề cương), e.g. "II.2.1" under "II.2".
 *
 * @param number       the full number as the outline writes it, unique in the outline
 * @param parentNumber the enclosing section, null at the top
 * @param title        heading, e.g. "Kết quả thực hiện các mặt công tác phối hợp"
 * @param guidance     what the unit must write there, as the outline says it
 * @param required     whether a report must fill it
 */
public record OutlineSection(String number, String parentNumber, String title, String guidance, boolean required) {
}
