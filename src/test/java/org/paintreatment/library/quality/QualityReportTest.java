package org.paintreatment.library.quality;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QualityReportTest {

	@Test
	void whatIsStoredReadsBackTheSame() {
		QualityReport report = new QualityReport(List.of(new Check(Question.AUTHORSHIP, Answer.PARTLY, "Author: Sarah"),
				new Check(Question.RISKS, Answer.YES, "It can cause\tnausea\nand dizziness.")), 9.4,
				List.of(new HypeFlag("miracle", "A miracle.")));

		QualityReport read = QualityReport.parse(report.stored(), 9.4);

		assertThat(read.checks()).containsExactly(new Check(Question.AUTHORSHIP, Answer.PARTLY, "Author: Sarah"),
				new Check(Question.RISKS, Answer.YES, "It can cause nausea and dizziness."));
		assertThat(read.hype()).containsExactly(new HypeFlag("miracle", "A miracle."));
		assertThat(read.readingGrade()).isEqualTo(9.4);
		assertThat(read.metIds()).isEqualTo("risks");
		assertThat(read.hardToRead()).isTrue();
	}

	@Test
	void aLineThisVersionCannotReadIsPassedOver() {
		QualityReport read = QualityReport.parse("check\tfuture-question\tyes\tx\ncheck\trisks\tmaybe\tx\nnonsense\n"
				+ "check\tbenefits\tno\tNone.", null);
		assertThat(read.checks()).containsExactly(new Check(Question.BENEFITS, Answer.NO, "None."));
		assertThat(QualityReport.parse(null, null).checks()).isEmpty();
	}

}
