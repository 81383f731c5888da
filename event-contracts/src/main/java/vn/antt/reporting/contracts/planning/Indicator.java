package vn.antt.reporting.contracts.planning;

import java.util.List;

import vn.antt.reporting.contracts.ImmutableLists;

/**
 * A figure the outline asks for, attached to a section.
 *
 * @param code               stable code used in submissions, e.g. {@code propaganda.attendees}
 * @param sectionNumber      the section it belongs to
 * @param label              e.g. "Số lượt người tham dự tuyên truyền"
 * @param type               how it is written and summed
 * @param unitOfMeasure      e.g. "lượt người", "đồng", "vụ"
 * @param secondUnitOfMeasure for RATIO and PAIRED_COUNT, the second value's unit, e.g. "đối tượng"
 * @param categories         for CLASSIFICATION, the categories in order, e.g. Xuất sắc, Khá, Trung bình, Yếu
 * @param required           whether a report must give a value
 */
public record Indicator(String code, String sectionNumber, String label, IndicatorType type, String unitOfMeasure,
                        String secondUnitOfMeasure, List<String> categories, boolean required) {

    public Indicator {
        categories = ImmutableLists.copyOrEmpty(categories);
    }
}
