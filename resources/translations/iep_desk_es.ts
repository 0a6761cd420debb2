<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>About</name>
        <message>
            <source>A caseload, meeting planner and meeting review for special-education case managers. Everything stays in one file on this computer.</source>
            <translation>Lista de casos, planificador de reuniones y revisión de reuniones para coordinadores de casos de educación especial. Todo se guarda en un solo archivo en esta computadora.</translation>
        </message>
        <message>
            <source>“Engaging Parents in Productive Partnerships”, a guide from CADRE, the Center for Appropriate Dispute Resolution in Special Education (a project of Direction Service, Eugene, Oregon), including its “Good IEP Meetings” checklist, adapted from “Tested Tips for Effective IEP Meetings” by Marshall Peter (1990).</source>
            <translation>“Engaging Parents in Productive Partnerships”, una guía de CADRE, el Center for Appropriate Dispute Resolution in Special Education (un proyecto de Direction Service, Eugene, Oregón), que incluye su lista “Good IEP Meetings”, adaptada de “Tested Tips for Effective IEP Meetings” de Marshall Peter (1990).</translation>
        </message>
        <message>
            <source>“Parents and Educators Partner for Student Success” by Sharon H. deFur, Ed.D., and Tina Spencer, M.S. (February/March 2007).</source>
            <translation>“Parents and Educators Partner for Student Success”, de Sharon H. deFur, Ed.D., y Tina Spencer, M.S. (febrero/marzo de 2007).</translation>
        </message>
        <message>
            <source>The Individuals with Disabilities Education Act regulations, 34 CFR Part 300 (team members, meeting notices, annual reviews, re-evaluations, transition and transfer of rights).</source>
            <translation>El reglamento de la Ley de Educación para Personas con Discapacidades (IDEA), 34 CFR Parte 300 (miembros del equipo, avisos de reunión, revisiones anuales, reevaluaciones, transición y transferencia de derechos).</translation>
        </message>
        <message>
            <source>Where the advice comes from</source>
            <translation>De dónde vienen los consejos</translation>
        </message>
        <message>
            <source>The checklists, tips and letters are written in our own words from these sources:</source>
            <translation>Las listas de tareas, los consejos y las cartas están escritos con nuestras propias palabras a partir de estas fuentes:</translation>
        </message>
        <message>
            <source>IEP Desk is not legal advice. Your state and district may set other timelines: change them under Tools ▸ Settings.</source>
            <translation>IEP Desk no es asesoría legal. Su estado y su distrito pueden fijar otros plazos: cámbielos en Herramientas ▸ Configuración.</translation>
        </message>
        <message>
            <source>About IEP Desk</source>
            <translation>Acerca de IEP Desk</translation>
        </message>
    </context>
    <context>
        <name>AddStudentDialog</name>
        <message>
            <source>Add a student</source>
            <translation>Agregar un estudiante</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>The legal first name is enough to start; everything else can be filled in later and saves itself.</source>
            <translation>Basta con el nombre legal para empezar; todo lo demás se puede completar después y se guarda solo.</translation>
        </message>
        <message>
            <source>Legal &amp;first name</source>
            <translation>&amp;Nombre legal</translation>
        </message>
        <message>
            <source>Legal &amp;last name</source>
            <translation>&amp;Apellido legal</translation>
        </message>
        <message>
            <source>&amp;Preferred name</source>
            <translation>Nombre &amp;preferido</translation>
        </message>
        <message>
            <source>&amp;Grade</source>
            <translation>&amp;Grado</translation>
        </message>
        <message>
            <source>&amp;School</source>
            <translation>&amp;Escuela</translation>
        </message>
        <message>
            <source>Add student</source>
            <translation>Agregar estudiante</translation>
        </message>
    </context>
    <context>
        <name>Availability</name>
        <message>
            <source>Mon</source>
            <translation>lun</translation>
        </message>
        <message>
            <source>Tue</source>
            <translation>mar</translation>
        </message>
        <message>
            <source>Wed</source>
            <translation>mié</translation>
        </message>
        <message>
            <source>Thu</source>
            <translation>jue</translation>
        </message>
        <message>
            <source>Fri</source>
            <translation>vie</translation>
        </message>
        <message>
            <source>Sat</source>
            <translation>sáb</translation>
        </message>
        <message>
            <source>Sun</source>
            <translation>dom</translation>
        </message>
        <message>
            <source>AM</source>
            <translation>a. m.</translation>
        </message>
        <message>
            <source>PM</source>
            <translation>p. m.</translation>
        </message>
        <message>
            <source>and</source>
            <translation>y</translation>
        </message>
    </context>
    <context>
        <name>CaseloadPane</name>
        <message>
            <source>Caseload</source>
            <translation>Lista de casos</translation>
        </message>
        <message>
            <source>Search by name, school, grade or disability category</source>
            <translation>Buscar por nombre, escuela, grado o categoría de discapacidad</translation>
        </message>
        <message>
            <source>Search the caseload</source>
            <translation>Buscar en la lista de casos</translation>
        </message>
        <message>
            <source>Students</source>
            <translation>Estudiantes</translation>
        </message>
        <message>
            <source>Caseload lists</source>
            <translation>Listas de casos</translation>
        </message>
        <message>
            <source>Due soon</source>
            <translation>Vence pronto</translation>
        </message>
        <message>
            <source>&amp;Add student…</source>
            <translation>&amp;Agregar estudiante…</translation>
        </message>
        <message>
            <source>A&amp;rchive student</source>
            <translation>A&amp;rchivar estudiante</translation>
        </message>
        <message>
            <source>Take the student off the list; nothing is deleted and Show archived brings them back.</source>
            <translation>Quita al estudiante de la lista; no se borra nada y Mostrar archivados lo vuelve a mostrar.</translation>
        </message>
        <message>
            <source>Show arc&amp;hived</source>
            <translation>Mostrar arc&amp;hivados</translation>
        </message>
        <message>
            <source>R&amp;estore student</source>
            <translation>R&amp;estaurar estudiante</translation>
        </message>
        <message>
            <source>&amp;Find a student</source>
            <translation>&amp;Buscar un estudiante</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Tareas pendientes</translation>
        </message>
        <message>
            <source>Meetings not closed</source>
            <translation>Reuniones sin cerrar</translation>
        </message>
        <message>
            <source>Meetings and actions</source>
            <translation>Reuniones y tareas</translation>
        </message>
        <message numerus="yes">
            <source>%n archived student(s)</source>
            <translation>
                <numerusform>%n estudiante archivado</numerusform>
                <numerusform>%n estudiantes archivados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n student(s)</source>
            <translation>
                <numerusform>%n estudiante</numerusform>
                <numerusform>%n estudiantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n student(s)</source>
            <translation>
                <numerusform>%1 de %n estudiante</numerusform>
                <numerusform>%1 de %n estudiantes</numerusform>
            </translation>
        </message>
        <message>
            <source>In the caseload's search box</source>
            <translation>En el cuadro de búsqueda de la lista de casos</translation>
        </message>
        <message>
            <source>Go to the students found</source>
            <translation>Ir a los estudiantes encontrados</translation>
        </message>
        <message>
            <source>Empty the search box</source>
            <translation>Vaciar el cuadro de búsqueda</translation>
        </message>
        <message>
            <source>Add student %s</source>
            <translation>Agregar estudiante %s</translation>
        </message>
        <message>
            <source>Archive %s</source>
            <translation>Archivar a %s</translation>
        </message>
        <message>
            <source>Restore %s</source>
            <translation>Restaurar a %s</translation>
        </message>
        <message>
            <source>This caseload is open read-only: you can look at everything, but changes cannot be made here.</source>
            <translation>Esta lista de casos está abierta solo para lectura: puede ver todo, pero aquí no se pueden hacer cambios.</translation>
        </message>
    </context>
    <context>
        <name>CaseloadTableModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Annual review</source>
            <translation>Revisión anual</translation>
        </message>
        <message>
            <source>Re-evaluation</source>
            <translation>Reevaluación</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Próxima reunión</translation>
        </message>
        <message>
            <source>Nearest deadline</source>
            <translation>Fecha límite más cercana</translation>
        </message>
        <message>
            <source>Legal name: %s</source>
            <translation>Nombre legal: %s</translation>
        </message>
        <message>
            <source>No date for: %s. Enter the last IEP meeting and the last evaluation (or the due dates on the IEP) in the student's details.</source>
            <translation>Sin fecha para: %s. Escriba la última reunión del IEP y la última evaluación (o las fechas límite del IEP) en los datos del estudiante.</translation>
        </message>
        <message>
            <source>%1: %2, due %3</source>
            <translation>%1: %2, vence el %3</translation>
        </message>
        <message>
            <source>%s (legal name %s)</source>
            <translation>%s (nombre legal %s)</translation>
        </message>
        <message>
            <source>%s: %s</source>
            <translation>%s: %s</translation>
        </message>
    </context>
    <context>
        <name>DataSafety</name>
        <message>
            <source>This file cannot be restored. %1</source>
            <translation>No se puede restaurar este archivo. %1</translation>
        </message>
        <message>
            <source>1 student</source>
            <translation>1 estudiante</translation>
        </message>
        <message>
            <source>%1 students</source>
            <translation>%1 estudiantes</translation>
        </message>
        <message>
            <source>1 meeting</source>
            <translation>1 reunión</translation>
        </message>
        <message>
            <source>%1 meetings</source>
            <translation>%1 reuniones</translation>
        </message>
        <message>
            <source>(and %1 archived)</source>
            <translation>(y %1 archivados)</translation>
        </message>
        <message>
            <source>Copy kept from before a restore, saved %1: %2.</source>
            <translation>Copia guardada antes de una restauración, el %1: %2.</translation>
        </message>
        <message>
            <source>Copy kept from before an update of IEP Desk, saved %1: %2.</source>
            <translation>Copia guardada antes de una actualización de IEP Desk, el %1: %2.</translation>
        </message>
        <message>
            <source>Saved %1: %2.</source>
            <translation>Guardada el %1: %2.</translation>
        </message>
        <message>
            <source>Your caseload stays protected with the same passphrase as before.</source>
            <translation>Su lista de casos sigue protegida con la misma frase de contraseña que antes.</translation>
        </message>
        <message>
            <source>Your caseload is now protected with a passphrase: it opens with the passphrase of the backup you restored.</source>
            <translation>Su lista de casos ahora está protegida con una frase de contraseña: se abre con la frase de contraseña de la copia de seguridad que restauró.</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(solo lectura)</translation>
        </message>
        <message>
            <source>&amp;Back up now</source>
            <translation>&amp;Hacer una copia de seguridad ahora</translation>
        </message>
        <message>
            <source>Save a copy of the caseload in the backups folder now</source>
            <translation>Guardar ahora una copia de la lista de casos en la carpeta de copias de seguridad</translation>
        </message>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restaurar desde una copia de seguridad…</translation>
        </message>
        <message>
            <source>Put back the caseload as it was when a backup was made</source>
            <translation>Volver a poner la lista de casos como estaba cuando se hizo una copia de seguridad</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>No se pudo hacer la copia de seguridad</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>Copia de seguridad guardada en %1</translation>
        </message>
        <message>
            <source>Backed up</source>
            <translation>Copia de seguridad hecha</translation>
        </message>
        <message>
            <source>A copy of the caseload (%1) was saved as %2. IEP Desk keeps the last 7 daily, 4 weekly and 12 monthly backups in that folder.</source>
            <translation>Se guardó una copia de la lista de casos (%1) como %2. IEP Desk conserva en esa carpeta las últimas 7 copias diarias, 4 semanales y 12 mensuales.</translation>
        </message>
        <message>
            <source>The caseload cannot be opened</source>
            <translation>No se puede abrir la lista de casos</translation>
        </message>
        <message>
            <source>Restore failed</source>
            <translation>No se pudo restaurar</translation>
        </message>
        <message>
            <source>The caseload was restored from the backup saved %1.</source>
            <translation>La lista de casos se restauró desde la copia de seguridad guardada el %1.</translation>
        </message>
        <message>
            <source>Your caseload as it was is kept in %1 until you remove it.</source>
            <translation>Su lista de casos tal como estaba se conserva en %1 hasta que usted la quite.</translation>
        </message>
        <message>
            <source>Backup restored</source>
            <translation>Copia de seguridad restaurada</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>DMY</source>
            <comment>date pattern letters</comment>
            <translation>DMA</translation>
        </message>
        <message>
            <source>“%1” is not a date IEP Desk can use: check the year (from %2 to %3).</source>
            <translation>“%1” no es una fecha que IEP Desk pueda usar: revise el año (de %2 a %3).</translation>
        </message>
        <message>
            <source>“%1” is not a real date on the calendar.</source>
            <translation>“%1” no es una fecha real del calendario.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write it as %2 (for example %3), or as YYYY-MM-DD.</source>
            <translation>“%1” no es una fecha. Escríbala como %2 (por ejemplo %3) o como AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>“%1” is not a time. Write it as %2 or %3.</source>
            <translation>“%1” no es una hora. Escríbala como %2 o %3.</translation>
        </message>
        <message>
            <source>“%1” has an hour that does not exist.</source>
            <translation>“%1” tiene una hora que no existe.</translation>
        </message>
        <message>
            <source>“%1” is not a time on the clock.</source>
            <translation>“%1” no es una hora del reloj.</translation>
        </message>
        <message>
            <source>Write a date and a time, for example %1.</source>
            <translation>Escriba una fecha y una hora, por ejemplo %1.</translation>
        </message>
        <message>
            <source>Type the date as %1 or YYYY-MM-DD, or pick it from the calendar (Alt+Down).</source>
            <translation>Escriba la fecha como %1 o AAAA-MM-DD, o elíjala en el calendario (Alt+Abajo).</translation>
        </message>
        <message>
            <source>Choose from a calendar</source>
            <translation>Elegir en un calendario</translation>
        </message>
        <message>
            <source>Choose the date from a calendar (Alt+Down)</source>
            <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
        </message>
        <message>
            <source>In a date field</source>
            <translation>En un campo de fecha</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Calendario</translation>
        </message>
    </context>
    <context>
        <name>Drafts</name>
        <message>
            <source>Typed but not added</source>
            <translation>Escrito pero no agregado</translation>
        </message>
        <message>
            <source>&amp;Go back</source>
            <translation>&amp;Volver</translation>
        </message>
        <message>
            <source>What you typed here is not added yet:</source>
            <translation>Lo que escribió aquí todavía no está agregado:</translation>
        </message>
        <message>
            <source>&amp;Discard</source>
            <translation>&amp;Descartar</translation>
        </message>
        <message>
            <source>Go back to what you typed</source>
            <translation>Volver a lo que escribió</translation>
        </message>
        <message>
            <source>Discard what you typed</source>
            <translation>Descartar lo que escribió</translation>
        </message>
    </context>
    <context>
        <name>DueSoonView</name>
        <message>
            <source>Progress report: note progress on %1</source>
            <translation>Informe de progreso: anote el progreso de %1</translation>
        </message>
        <message>
            <source>Reissue the IEP at a glance to %1</source>
            <translation>Entregar de nuevo el Resumen del IEP a %1</translation>
        </message>
        <message>
            <source>Overdue and due in the next %d days</source>
            <translation>Vencidas y que vencen en los próximos %d días</translation>
        </message>
        <message>
            <source>How far ahead to look</source>
            <translation>Cuánto tiempo por delante mirar</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message>
            <source>Deadlines due soon</source>
            <translation>Fechas límite que vencen pronto</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>What is due</source>
            <translation>Qué vence</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Días que faltan</translation>
        </message>
        <message>
            <source>Urgency</source>
            <translation>Urgencia</translation>
        </message>
        <message numerus="yes">
            <source>%n deadline(s)</source>
            <translation>
                <numerusform>%n fecha límite</numerusform>
                <numerusform>%n fechas límite</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing overdue and nothing due in this time.</source>
            <translation>Nada vencido y nada que venza en este tiempo.</translation>
        </message>
    </context>
    <context>
        <name>FamilyLanguageDialog</name>
        <message>
            <source>The meeting's purpose</source>
            <translation>El propósito de la reunión</translation>
        </message>
        <message>
            <source>The meeting's place</source>
            <translation>El lugar de la reunión</translation>
        </message>
        <message>
            <source>The papers sent ahead</source>
            <translation>Los papeles enviados antes</translation>
        </message>
        <message>
            <source>An agenda item</source>
            <translation>Un punto del orden del día</translation>
        </message>
        <message>
            <source>A question from the family</source>
            <translation>Una pregunta de la familia</translation>
        </message>
        <message>
            <source>The meeting notes</source>
            <translation>Las notas de la reunión</translation>
        </message>
        <message>
            <source>An action item</source>
            <translation>Una tarea del plan de acción</translation>
        </message>
        <message>
            <source>An idea for home you wrote</source>
            <translation>Una idea para la casa que usted escribió</translation>
        </message>
        <message>
            <source>What the family brought</source>
            <translation>Lo que trajo la familia</translation>
        </message>
        <message>
            <source>Your title on the letterhead</source>
            <translation>Su cargo en el membrete</translation>
        </message>
        <message>
            <source>Your words in %1</source>
            <translation>Sus palabras en %1</translation>
        </message>
        <message>
            <source>These are things you typed. They print as you typed them (in English) on the %1 handouts unless you write their %1 version here. Ask the interpreter or a colleague who writes %1 if you can. Names, phone numbers and links need no version.</source>
            <translation>Esto es lo que usted escribió. Se imprime tal como lo escribió (en inglés) en los documentos en %1, a menos que escriba aquí su versión en %1. Pida ayuda al intérprete o a un colega que escriba en %1 si puede. Los nombres, números de teléfono y enlaces no necesitan versión.</translation>
        </message>
        <message>
            <source>How many still print in English</source>
            <translation>Cuántos se imprimen todavía en inglés</translation>
        </message>
        <message>
            <source>What it is</source>
            <translation>Qué es</translation>
        </message>
        <message>
            <source>As you typed it</source>
            <translation>Como lo escribió</translation>
        </message>
        <message>
            <source>In %1</source>
            <translation>En %1</translation>
        </message>
        <message>
            <source>not yet</source>
            <translation>todavía no</translation>
        </message>
        <message>
            <source>done</source>
            <translation>hecho</translation>
        </message>
        <message>
            <source>the English was changed since: check this version</source>
            <translation>el inglés cambió desde entonces: revise esta versión</translation>
        </message>
        <message>
            <source>%1, as you typed it</source>
            <translation>%1, como lo escribió</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message>
            <source>Write it in %1</source>
            <translation>Escríbalo en %1</translation>
        </message>
        <message>
            <source>Your words and their %1 versions</source>
            <translation>Sus palabras y sus versiones en %1</translation>
        </message>
        <message>
            <source>&amp;Save and make it</source>
            <translation>&amp;Guardar y crearlo</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Guardar</translation>
        </message>
        <message>
            <source>Make it with these in &amp;English</source>
            <translation>Crearlo con estos textos en &amp;inglés</translation>
        </message>
        <message>
            <source>Everything you typed has a %1 version.</source>
            <translation>Todo lo que escribió tiene una versión en %1.</translation>
        </message>
        <message numerus="yes">
            <source>%n of them will still print in English.</source>
            <translation>
                <numerusform>%n de ellos se imprimirá todavía en inglés.</numerusform>
                <numerusform>%n de ellos se imprimirán todavía en inglés.</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
    </context>
    <context>
        <name>FamilyPanel</name>
        <message>
            <source>Family members of this student</source>
            <translation>Familiares de este estudiante</translation>
        </message>
        <message>
            <source>&amp;Add family member…</source>
            <translation>Agregar &amp;familiar…</translation>
        </message>
        <message>
            <source>&amp;Link a family member already on file…</source>
            <translation>Vincular un familiar ya &amp;registrado…</translation>
        </message>
        <message>
            <source>&amp;Unlink from this student</source>
            <translation>&amp;Desvincular de este estudiante</translation>
        </message>
        <message>
            <source>The family member stays on file for other students.</source>
            <translation>El familiar sigue registrado para otros estudiantes.</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>e.g. mother, grandfather, foster parent</source>
            <translation>p. ej., madre, abuelo, padre de crianza</translation>
        </message>
        <message>
            <source>&amp;Relationship to this student</source>
            <translation>&amp;Parentesco con este estudiante</translation>
        </message>
        <message>
            <source>&amp;Phone numbers</source>
            <translation>&amp;Teléfonos</translation>
        </message>
        <message>
            <source>E&amp;mail</source>
            <translation>&amp;Correo electrónico</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Preferred &amp;contact</source>
            <translation>F&amp;orma de contacto preferida</translation>
        </message>
        <message>
            <source>Preferre&amp;d language</source>
            <translation>Idio&amp;ma preferido</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <source>An &amp;interpreter is needed</source>
            <translation>Se necesita &amp;intérprete</translation>
        </message>
        <message>
            <source>e.g. Tue and Thu 3:30–5:00 PM; Sat 10:00 AM–12:00 PM</source>
            <translation>p. ej., mar. y jue. 15:30–17:00; sáb. 10:00–12:00</translation>
        </message>
        <message>
            <source>Times the&amp;y can meet</source>
            <translation>Horarios en &amp;que pueden reunirse</translation>
        </message>
        <message>
            <source>Transport needs</source>
            <translation>Necesidades de transporte</translation>
        </message>
        <message>
            <source>Childcare needs</source>
            <translation>Necesidades de cuidado de niños</translation>
        </message>
        <message>
            <source>Contact details c&amp;onfirmed on</source>
            <translation>Datos de contacto confirmados e&amp;l</translation>
        </message>
        <message>
            <source>No family member yet. Add one, or link a family member already on file (for brothers and sisters).</source>
            <translation>Todavía no hay familiares. Agregue uno o vincule un familiar ya registrado (para hermanos y hermanas).</translation>
        </message>
        <message>
            <source>Another language (choose it from the list)</source>
            <translation>Otro idioma (elíjalo de la lista)</translation>
        </message>
        <message>
            <source>Type to search, e.g. Hmong</source>
            <translation>Escriba para buscar, p. ej., hmong</translation>
        </message>
        <message>
            <source>Also family of %s: changes here apply to them too.</source>
            <translation>También es familiar de %s: los cambios aquí se aplican también a ellos.</translation>
        </message>
        <message>
            <source>Add family member</source>
            <translation>Agregar familiar</translation>
        </message>
        <message>
            <source>Name of the family member:</source>
            <translation>Nombre del familiar:</translation>
        </message>
        <message>
            <source>Add family member %s</source>
            <translation>Agregar familiar %s</translation>
        </message>
        <message>
            <source>Every family member on file is already linked to this student.</source>
            <translation>Todos los familiares registrados ya están vinculados a este estudiante.</translation>
        </message>
        <message>
            <source>%s (family of %s)</source>
            <translation>%s (familiar de %s)</translation>
        </message>
        <message>
            <source>Link a family member already on file</source>
            <translation>Vincular un familiar ya registrado</translation>
        </message>
        <message>
            <source>Family member:</source>
            <translation>Familiar:</translation>
        </message>
        <message>
            <source>Link family member %s</source>
            <translation>Vincular familiar %s</translation>
        </message>
        <message>
            <source>Unlink family member %s</source>
            <translation>Desvincular familiar %s</translation>
        </message>
        <message>
            <source>Edit relationship</source>
            <translation>Editar parentesco</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Editar %s</translation>
        </message>
    </context>
    <context>
        <name>FirstStart</name>
        <message>
            <source>Getting started</source>
            <translation>Para empezar</translation>
        </message>
        <message>
            <source>Your caseload is empty. Where would you like to start?</source>
            <translation>Su lista de casos está vacía. ¿Por dónde le gustaría empezar?</translation>
        </message>
    </context>
    <context>
        <name>GoalWords</name>
        <message>
            <source>no progress noted yet</source>
            <translation>todavía sin notas de progreso</translation>
        </message>
        <message>
            <source>on track</source>
            <translation>va bien</translation>
        </message>
        <message>
            <source>behind where the path to the target says</source>
            <translation>por debajo de lo que marca el camino hacia el objetivo</translation>
        </message>
        <message>
            <source>target reached</source>
            <translation>objetivo alcanzado</translation>
        </message>
        <message>
            <source>target date passed without reaching it</source>
            <translation>pasó la fecha del objetivo sin alcanzarlo</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Growing</source>
            <translation>Avanza</translation>
        </message>
        <message>
            <source>Reached</source>
            <translation>Lo logró</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 el %2</translation>
        </message>
        <message>
            <source>noted on %1</source>
            <translation>anotado el %1</translation>
        </message>
        <message>
            <source>started at %1 on %2</source>
            <translation>empezó en %1 el %2</translation>
        </message>
        <message>
            <source>aiming for %1 by %2</source>
            <translation>busca llegar a %1 para el %2</translation>
        </message>
        <message>
            <source>by %1</source>
            <translation>para el %1</translation>
        </message>
    </context>
    <context>
        <name>GoalsImportDialog</name>
        <message>
            <source>To add</source>
            <translation>Se agregará</translation>
        </message>
        <message>
            <source>Already on file</source>
            <translation>Ya está registrada</translation>
        </message>
        <message>
            <source>Not imported</source>
            <translation>No se importa</translation>
        </message>
        <message>
            <source>Import goals from CSV</source>
            <translation>Importar metas desde un CSV</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Archivo para importar</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Elegir archivo…</translation>
        </message>
        <message>
            <source>Choose the CSV file of goals</source>
            <translation>Elegir el archivo CSV de metas</translation>
        </message>
        <message>
            <source>One goal a row, naming its student by the district student ID. Choose a file to see what will be imported.</source>
            <translation>Una meta por fila, con su estudiante indicado por el número de identificación del distrito. Elija un archivo para ver lo que se importará.</translation>
        </message>
        <message>
            <source>About the file</source>
            <translation>Sobre el archivo</translation>
        </message>
        <message>
            <source>Columns and what each holds</source>
            <translation>Las columnas y lo que contiene cada una</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Primer valor</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>How dates like 03/04/2026 are written</source>
            <translation>Cómo están escritas las fechas como 03/04/2026</translation>
        </message>
        <message>
            <source>Tell from the file (or YYYY-MM-DD)</source>
            <translation>Deducirlo del archivo (o AAAA-MM-DD)</translation>
        </message>
        <message>
            <source>Month first: 03/04/2026 is March 4</source>
            <translation>Mes primero: 03/04/2026 es el 4 de marzo</translation>
        </message>
        <message>
            <source>Day first: 03/04/2026 is 3 April</source>
            <translation>Día primero: 03/04/2026 es el 3 de abril</translation>
        </message>
        <message>
            <source>&amp;Dates like 03/04/2026:</source>
            <translation>&amp;Fechas como 03/04/2026:</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Lo que hará la importación</translation>
        </message>
        <message>
            <source>Preview of every row</source>
            <translation>Vista previa de cada fila</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Qué pasa</translation>
        </message>
        <message>
            <source>Goal, or why not</source>
            <translation>Meta, o por qué no</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Import the goals marked Added</source>
            <translation>Importar las metas marcadas “Se agrega”</translation>
        </message>
        <message>
            <source>Cancel: import nothing</source>
            <translation>Cancelar: no importar nada</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The file “%1” cannot be read (%2).</source>
            <translation>No se puede leer el archivo “%1” (%2).</translation>
        </message>
        <message>
            <source>%1 rows; read as %2.</source>
            <translation>%1 filas; leído como %2.</translation>
        </message>
        <message>
            <source>Import column “%1” as</source>
            <translation>Importar la columna “%1” como</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>No importar</translation>
        </message>
        <message>
            <source>%1 to add, %2 already on file, %3 not imported (listed below with why).</source>
            <translation>%1 para agregar, %2 ya registradas, %3 que no se importan (abajo se explica por qué).</translation>
        </message>
        <message>
            <source>Import goals</source>
            <translation>Importar metas</translation>
        </message>
        <message>
            <source>District student ID</source>
            <translation>Número de identificación del distrito</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>How it is measured</source>
            <translation>Cómo se mide</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Punto de partida</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>Fecha del punto de partida</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha del objetivo</translation>
        </message>
    </context>
    <context>
        <name>HandoutActions</name>
        <message>
            <source>Invitation</source>
            <translation>Invitación</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <source>Prep sheet</source>
            <translation>Hoja de preparación</translation>
        </message>
        <message>
            <source>Summary and action plan</source>
            <translation>Resumen y plan de acción</translation>
        </message>
        <message>
            <source>Thank-you letter</source>
            <translation>Carta de agradecimiento</translation>
        </message>
        <message>
            <source>Family preparation sheet</source>
            <translation>Hoja de preparación para la familia</translation>
        </message>
        <message>
            <source>Family preparation sheet (to fill in on screen)</source>
            <translation>Hoja de preparación para la familia (para llenar en pantalla)</translation>
        </message>
        <message>
            <source>The %1 is for after the meeting, and this meeting is not marked as held. Mark it as held in the post-meeting review first.</source>
            <translation>El documento “%1” es para después de la reunión, y esta reunión no está marcada como realizada. Márquela como realizada primero en la revisión después de la reunión.</translation>
        </message>
        <message>
            <source>This meeting is cancelled, so no invitation is made for it.</source>
            <translation>Esta reunión está cancelada, así que no se hace una invitación para ella.</translation>
        </message>
        <message>
            <source>This meeting has already taken place, so no invitation is made for it.</source>
            <translation>Esta reunión ya se realizó, así que no se hace una invitación para ella.</translation>
        </message>
        <message>
            <source>The meeting has no date yet. Set its date and start time in the planner before making the invitation.</source>
            <translation>La reunión todavía no tiene fecha. Fije la fecha y la hora de inicio en el planificador antes de hacer la invitación.</translation>
        </message>
        <message>
            <source>The meeting has a date but no start time. Set the start time in the planner before making the invitation.</source>
            <translation>La reunión tiene fecha pero no hora de inicio. Fije la hora de inicio en el planificador antes de hacer la invitación.</translation>
        </message>
        <message>
            <source>The meeting has no place yet. Set the room, or how to join by phone or video, in the planner before making the invitation.</source>
            <translation>La reunión todavía no tiene lugar. Indique el salón, o cómo participar por teléfono o videollamada, en el planificador antes de hacer la invitación.</translation>
        </message>
        <message>
            <source>the student's name</source>
            <translation>el nombre del estudiante</translation>
        </message>
        <message>
            <source>a family member's name</source>
            <translation>el nombre de un familiar</translation>
        </message>
        <message>
            <source>the name of someone invited</source>
            <translation>el nombre de una persona invitada</translation>
        </message>
        <message>
            <source>a role typed in</source>
            <translation>un cargo escrito a mano</translation>
        </message>
        <message>
            <source>the meeting's purpose</source>
            <translation>el propósito de la reunión</translation>
        </message>
        <message>
            <source>the meeting's place</source>
            <translation>el lugar de la reunión</translation>
        </message>
        <message>
            <source>an agenda item</source>
            <translation>un punto del orden del día</translation>
        </message>
        <message>
            <source>who leads an agenda item</source>
            <translation>quién dirige un punto del orden del día</translation>
        </message>
        <message>
            <source>a question from the family</source>
            <translation>una pregunta de la familia</translation>
        </message>
        <message>
            <source>a paper sent for review</source>
            <translation>un papel enviado para revisar</translation>
        </message>
        <message>
            <source>the meeting notes</source>
            <translation>las notas de la reunión</translation>
        </message>
        <message>
            <source>an action item</source>
            <translation>una tarea del plan de acción</translation>
        </message>
        <message>
            <source>who does an action item</source>
            <translation>quién hace una tarea del plan de acción</translation>
        </message>
        <message>
            <source>an idea for home</source>
            <translation>una idea para la casa</translation>
        </message>
        <message>
            <source>what the family brought</source>
            <translation>lo que trajo la familia</translation>
        </message>
        <message>
            <source>the tip file</source>
            <translation>las notas sobre la familia</translation>
        </message>
        <message>
            <source>the family's concerns</source>
            <translation>las inquietudes de la familia</translation>
        </message>
        <message>
            <source>the student's voice</source>
            <translation>la voz del estudiante</translation>
        </message>
        <message>
            <source>the contact log</source>
            <translation>el registro de contactos</translation>
        </message>
        <message>
            <source>a checklist note</source>
            <translation>una nota de la lista de tareas</translation>
        </message>
        <message>
            <source>the school's name (letterhead)</source>
            <translation>el nombre de la escuela (membrete)</translation>
        </message>
        <message>
            <source>the school's address (letterhead)</source>
            <translation>la dirección de la escuela (membrete)</translation>
        </message>
        <message>
            <source>your name (letterhead)</source>
            <translation>su nombre (membrete)</translation>
        </message>
        <message>
            <source>your title (letterhead)</source>
            <translation>su cargo (membrete)</translation>
        </message>
        <message>
            <source>your phone (letterhead)</source>
            <translation>su teléfono (membrete)</translation>
        </message>
        <message>
            <source>your email (letterhead)</source>
            <translation>su correo electrónico (membrete)</translation>
        </message>
        <message>
            <source>The %1 was not made: these characters are in no font IEP Desk has, so they would print as empty boxes. Change them, then try again.</source>
            <translation>No se hizo el documento “%1”: estos caracteres no están en ninguna fuente de IEP Desk, así que se imprimirían como cuadros vacíos. Cámbielos e intente de nuevo.</translation>
        </message>
        <message>
            <source>%1 “%2”: “%3” (%4)</source>
            <translation>%1 “%2”: “%3” (%4)</translation>
        </message>
        <message>
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <source>There are no %1 templates, so the family's handouts are in English, with a line in %1 at the top saying how to get an interpreter at no cost. Arrange an interpreter to go through them with the family.</source>
            <translation>No hay plantillas en %1, así que los documentos de la familia están en inglés, con una línea en %1 arriba que dice cómo conseguir un intérprete sin costo. Consiga un intérprete para que los repase con la familia.</translation>
        </message>
        <message>
            <source>These handouts are in %2, not in the family's language (%1); a line in %1 at the top says how to get an interpreter.</source>
            <translation>Estos documentos están en %2, no en el idioma de la familia (%1); una línea en %1 arriba dice cómo conseguir un intérprete.</translation>
        </message>
        <message>
            <source>Choose a bilingual copy in the Language menu to give them both.</source>
            <translation>Elija una copia bilingüe en el menú Idioma para darles las dos.</translation>
        </message>
        <message>
            <source>The handouts are in %2, and IEP Desk has no line in %1 to put at the top of them, so nothing on them is in the family's language. Arrange an interpreter to explain them to the family, by phone or in person.</source>
            <translation>Los documentos están en %2, e IEP Desk no tiene una línea en %1 para poner arriba, así que nada en ellos está en el idioma de la familia. Consiga un intérprete que se los explique a la familia, por teléfono o en persona.</translation>
        </message>
        <message>
            <source>The letterhead has no phone number, so the line in the family's language gives your email instead. Add a phone number under Tools ▸ Letterhead and paper.</source>
            <translation>El membrete no tiene número de teléfono, así que la línea en el idioma de la familia da su correo electrónico. Agregue un número de teléfono en Herramientas ▸ Membrete y papel.</translation>
        </message>
        <message>
            <source>The %1 translation has not been checked by a native speaker: ask the interpreter to read it through.</source>
            <translation>La traducción al %1 no ha sido revisada por un hablante nativo: pida al intérprete que la lea completa.</translation>
        </message>
        <message numerus="yes">
            <source>%n thing(s) you typed will print in English</source>
            <translation>
                <numerusform>%n cosa que usted escribió se imprimirá en inglés</numerusform>
                <numerusform>%n cosas que usted escribió se imprimirán en inglés</numerusform>
            </translation>
        </message>
        <message>
            <source>: give the %1 version with “Their language…”.</source>
            <translation>: dé la versión en %1 con “Su idioma…”.</translation>
        </message>
        <message>
            <source>&amp;Invitation</source>
            <translation>&amp;Invitación</translation>
        </message>
        <message>
            <source>S&amp;ummary</source>
            <translation>&amp;Resumen</translation>
        </message>
        <message>
            <source>Than&amp;k-you letter</source>
            <translation>Carta de agradecimien&amp;to</translation>
        </message>
        <message>
            <source>The family's language</source>
            <translation>El idioma de la familia</translation>
        </message>
        <message>
            <source>Their language…</source>
            <translation>Su idioma…</translation>
        </message>
        <message>
            <source>Your words in the family's language</source>
            <translation>Sus palabras en el idioma de la familia</translation>
        </message>
        <message>
            <source>Write the family-language version of what you typed (the purpose, the place, your agenda items...).</source>
            <translation>Escriba la versión en el idioma de la familia de lo que usted escribió (el propósito, el lugar, sus puntos del orden del día...).</translation>
        </message>
        <message>
            <source>Pre&amp;view…</source>
            <translation>&amp;Vista previa…</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Save the &amp;fillable PDF…</source>
            <translation>Guardar el PDF para &amp;llenar…</translation>
        </message>
        <message>
            <source>The same sheet with boxes the family fills in on a phone or a computer, then sends back to you.</source>
            <translation>La misma hoja, con recuadros que la familia llena en un teléfono o una computadora y luego le devuelve a usted.</translation>
        </message>
        <message>
            <source>Print p&amp;acket…</source>
            <translation>Imprimir p&amp;aquete…</translation>
        </message>
        <message>
            <source>The invitation, the agenda and the preparation sheet in one file for the family, and your prep sheet in a separate file.</source>
            <translation>La invitación, el orden del día y la hoja de preparación para la familia en un solo archivo, y su hoja de preparación en un archivo aparte.</translation>
        </message>
        <message>
            <source>family's packet</source>
            <translation>paquete para la familia</translation>
        </message>
        <message>
            <source>Check the day and time</source>
            <translation>Revise el día y la hora</translation>
        </message>
        <message>
            <source>Make the %1 anyway?</source>
            <translation>¿Hacer de todos modos este documento (%1)?</translation>
        </message>
        <message>
            <source>Invitation saved as PDF from IEP Desk</source>
            <translation>Invitación guardada como PDF desde IEP Desk</translation>
        </message>
        <message>
            <source>“%1” was not made: one of the texts in it (a name, a note, an agenda item) is too long to fit on a page. Shorten it, then try again.</source>
            <translation>No se hizo “%1”: uno de sus textos (un nombre, una nota, un punto del orden del día) es demasiado largo para caber en una página. Acórtelo y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>Invitation printed from IEP Desk</source>
            <translation>Invitación impresa desde IEP Desk</translation>
        </message>
        <message>
            <source>Tick the meeting notice as sent</source>
            <translation>Marcar el aviso de la reunión como enviado</translation>
        </message>
        <message>
            <source>The invitation is the meeting notice: “Sent the meeting notice” is ticked with today's date on the Checklist. Ctrl+Z takes it back.</source>
            <translation>La invitación es el aviso de la reunión: en la lista de tareas se marca “Envié el aviso de la reunión” con la fecha de hoy. Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>Invitation saved in the family's packet from IEP Desk</source>
            <translation>Invitación guardada en el paquete para la familia desde IEP Desk</translation>
        </message>
        <message>
            <source>Saved the family's packet (invitation, agenda and preparation sheet) as %1
and your prep sheet as %2.

Print them now?</source>
            <translation>Se guardó el paquete para la familia (invitación, orden del día y hoja de preparación para la familia) como %1
y su hoja de preparación como %2.

¿Imprimirlos ahora?</translation>
        </message>
        <message>
            <source>Preview, save or print the %s</source>
            <translation>Ver, guardar o imprimir: %s</translation>
        </message>
        <message>
            <source>My p&amp;rep sheet</source>
            <translation>Mi ho&amp;ja de preparación</translation>
        </message>
        <message>
            <source>Family preparati&amp;on sheet</source>
            <translation>Hoja para la fa&amp;milia</translation>
        </message>
        <message>
            <source>Preview, save or print your prep sheet: the tip file, the family's concerns, the open actions. For you alone, never for the family.</source>
            <translation>Ver, guardar o imprimir su hoja de preparación: las notas sobre la familia, sus inquietudes, las tareas pendientes. Solo para usted, nunca para la familia.</translation>
        </message>
        <message>
            <source>%s: what to do</source>
            <translation>%s: qué hacer</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>Idio&amp;ma</translation>
        </message>
        <message>
            <source>%s: language</source>
            <translation>%s: idioma</translation>
        </message>
        <message>
            <source>Print packet</source>
            <translation>Imprimir paquete</translation>
        </message>
        <message>
            <source>The family's language: %1</source>
            <translation>El idioma de la familia: %1</translation>
        </message>
        <message>
            <source>The family's language: %1 (in English, with a line in %2)</source>
            <translation>El idioma de la familia: %1 (en inglés, con una línea en %2)</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Bilingual: %1, then English</source>
            <translation>Bilingüe: %1 y luego inglés</translation>
        </message>
        <message>
            <source>Family handouts: %1.</source>
            <translation>Documentos para la familia: %1.</translation>
        </message>
        <message>
            <source>Choose a meeting</source>
            <translation>Elija una reunión</translation>
        </message>
        <message>
            <source>Choose a meeting first; the handouts are made for it.</source>
            <translation>Primero elija una reunión; los documentos se hacen para ella.</translation>
        </message>
        <message>
            <source>Meeting not found</source>
            <translation>No se encontró la reunión</translation>
        </message>
        <message>
            <source>This meeting is no longer on file, so no handout can be made for it.</source>
            <translation>Esta reunión ya no está registrada, así que no se puede hacer ningún documento para ella.</translation>
        </message>
        <message>
            <source>Could not read the caseload</source>
            <translation>No se pudo leer la lista de casos</translation>
        </message>
        <message>
            <source>The meeting could not be read from the caseload file (%s). Nothing was changed; try again in a moment.</source>
            <translation>No se pudo leer la reunión del archivo de la lista de casos (%s). No se cambió nada; intente de nuevo en un momento.</translation>
        </message>
        <message>
            <source>Not made</source>
            <translation>No se hizo</translation>
        </message>
        <message>
            <source>Characters that cannot be printed</source>
            <translation>Caracteres que no se pueden imprimir</translation>
        </message>
        <message>
            <source>The agenda runs past the end</source>
            <translation>El orden del día pasa del final</translation>
        </message>
        <message>
            <source>The agenda's items run %1 minutes past the meeting's planned end. It is printed as planned; shorten some items in the planner if that is not what you mean.</source>
            <translation>Los puntos del orden del día se pasan %1 minutos de la hora de fin prevista de la reunión. Se imprime como está; acorte algunos puntos en el planificador si no es lo que quiere.</translation>
        </message>
        <message>
            <source>Could not make the handout</source>
            <translation>No se pudo hacer el documento</translation>
        </message>
        <message>
            <source>The %1 could not be made: %2</source>
            <translation>No se pudo hacer el documento “%1”: %2</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Tick “Family preparation sheet sent”</source>
            <translation>Marcar “Hoja de preparación enviada a la familia”</translation>
        </message>
        <message>
            <source>Family's packet</source>
            <translation>Paquete para la familia</translation>
        </message>
        <message>
            <source>Save the packet in this folder</source>
            <translation>Guardar el paquete en esta carpeta</translation>
        </message>
        <message>
            <source>Packet for the family</source>
            <translation>Paquete para la familia</translation>
        </message>
        <message>
            <source> (confidential)</source>
            <translation> (confidencial)</translation>
        </message>
        <message>
            <source>Packet saved</source>
            <translation>Paquete guardado</translation>
        </message>
    </context>
    <context>
        <name>Handouts</name>
        <message>
            <source>Page %1 of %2</source>
            <translation>Página %1 de %2</translation>
        </message>
        <message>
            <source>Pages of %s</source>
            <translation>Páginas de %s</translation>
        </message>
        <message>
            <source>About this handout's language</source>
            <translation>Sobre el idioma de este documento</translation>
        </message>
        <message>
            <source>Handout</source>
            <translation>Documento</translation>
        </message>
        <message>
            <source>Handout actions</source>
            <translation>Acciones del documento</translation>
        </message>
        <message>
            <source>&amp;Save as PDF…</source>
            <translation>&amp;Guardar como PDF…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Acercar</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>A&amp;lejar</translation>
        </message>
        <message>
            <source>&amp;Fit to width</source>
            <translation>A&amp;justar al ancho</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Cerrar</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 página</translation>
        </message>
        <message>
            <source>%1 pages</source>
            <translation>%1 páginas</translation>
        </message>
        <message>
            <source>Number of pages</source>
            <translation>Número de páginas</translation>
        </message>
        <message>
            <source>Could not save</source>
            <translation>No se pudo guardar</translation>
        </message>
        <message>
            <source>The PDF could not be saved as “%1” (%2).

Choose another folder, or check that the disk is not full and the file is not open in another program.</source>
            <translation>No se pudo guardar el PDF como “%1” (%2).

Elija otra carpeta, o revise que el disco no esté lleno y que el archivo no esté abierto en otro programa.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Guardar como PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Print %s</source>
            <translation>Imprimir %s</translation>
        </message>
        <message>
            <source>Could not print</source>
            <translation>No se pudo imprimir</translation>
        </message>
        <message>
            <source>The printer %s could not be used. Check that it is switched on and connected, or save the handout as a PDF and print it from there.</source>
            <translation>No se pudo usar la impresora %s. Revise que esté encendida y conectada, o guarde el documento como PDF e imprímalo desde allí.</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>IEP Desk user guide</source>
            <translation>Guía del usuario de IEP Desk</translation>
        </message>
        <message>
            <source>User guide</source>
            <translation>Guía del usuario</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <source>Where it applies</source>
            <translation>Dónde se aplica</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>What they do</source>
            <translation>Qué hacen</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
    </context>
    <context>
        <name>IepGlance</name>
        <message>
            <source>IEP at a glance (confidential, for the staff) and the family's progress page</source>
            <translation>Resumen del IEP (confidencial, para el personal) y hoja de progreso para la familia</translation>
        </message>
        <message>
            <source>Who needs the IEP at a glance reissued</source>
            <translation>Quién necesita recibir de nuevo el Resumen del IEP</translation>
        </message>
        <message>
            <source>&amp;Preview the IEP at a glance…</source>
            <translation>Vista &amp;previa del Resumen del IEP…</translation>
        </message>
        <message>
            <source>Preview the IEP at a glance</source>
            <translation>Vista previa del Resumen del IEP</translation>
        </message>
        <message>
            <source>Save the IEP at a glance as PDF…</source>
            <translation>Guardar el Resumen del IEP como PDF…</translation>
        </message>
        <message>
            <source>Save the IEP at a glance as PDF</source>
            <translation>Guardar el Resumen del IEP como PDF</translation>
        </message>
        <message>
            <source>Print the IEP at a glance…</source>
            <translation>Imprimir el Resumen del IEP…</translation>
        </message>
        <message>
            <source>Print the IEP at a glance</source>
            <translation>Imprimir el Resumen del IEP</translation>
        </message>
        <message>
            <source>The fa&amp;mily's progress page…</source>
            <translation>Hoja &amp;de progreso para la familia…</translation>
        </message>
        <message>
            <source>Preview the family's progress page</source>
            <translation>Vista previa de la hoja de progreso para la familia</translation>
        </message>
        <message>
            <source>One chart and one plain sentence per goal, in the family's language; save or print it from the preview.</source>
            <translation>Un gráfico y una frase sencilla por meta, en el idioma de la familia; guárdela o imprímala desde la vista previa.</translation>
        </message>
        <message>
            <source>Team members who receive the copy you save or print</source>
            <translation>Miembros del equipo que reciben la copia que usted guarda o imprime</translation>
        </message>
        <message>
            <source>Who received which version, and when</source>
            <translation>Quién recibió qué versión, y cuándo</translation>
        </message>
        <message>
            <source>Received by</source>
            <translation>Recibido por</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Given to</source>
            <translation>Entregado a</translation>
        </message>
        <message>
            <source>Name of who received a copy</source>
            <translation>Nombre de quien recibió una copia</translation>
        </message>
        <message>
            <source>Date given</source>
            <translation>Fecha de entrega</translation>
        </message>
        <message>
            <source>Record a &amp;copy given</source>
            <translation>Registrar una &amp;copia entregada</translation>
        </message>
        <message>
            <source>Record a copy given</source>
            <translation>Registrar una copia entregada</translation>
        </message>
        <message>
            <source>Saving or printing records a copy for the team members ticked here:</source>
            <translation>Al guardar o imprimir, se registra una copia para los miembros del equipo marcados aquí:</translation>
        </message>
        <message>
            <source> (current)</source>
            <translation> (actual)</translation>
        </message>
        <message>
            <source>Reissue the IEP at a glance: the goals, services or accommodations changed since %1 received it.</source>
            <translation>Entregue de nuevo el Resumen del IEP: las metas, los servicios o las adaptaciones cambiaron desde que %1 lo recibió.</translation>
        </message>
        <message>
            <source>Everyone who received the IEP at a glance has the current version (%1).</source>
            <translation>Todos los que recibieron el Resumen del IEP tienen la versión actual (%1).</translation>
        </message>
        <message>
            <source>Nobody has received the IEP at a glance yet (current version %1).</source>
            <translation>Nadie ha recibido todavía el Resumen del IEP (versión actual %1).</translation>
        </message>
        <message>
            <source>Could not read the caseload</source>
            <translation>No se pudo leer la lista de casos</translation>
        </message>
        <message>
            <source>Not made: these characters are in no font IEP Desk has, so they would print as empty boxes. Change them, then try again.</source>
            <translation>No se hizo: estos caracteres no están en ninguna fuente de IEP Desk, así que se imprimirían como cuadros vacíos. Cámbielos e intente de nuevo.</translation>
        </message>
        <message>
            <source>Characters that cannot be printed</source>
            <translation>Caracteres que no se pueden imprimir</translation>
        </message>
        <message>
            <source>IEP at a glance (confidential)</source>
            <translation>Resumen del IEP (confidencial)</translation>
        </message>
        <message>
            <source>Progress on goals</source>
            <translation>Progreso en las metas</translation>
        </message>
        <message>
            <source>Record who received the IEP at a glance</source>
            <translation>Registrar quién recibió el Resumen del IEP</translation>
        </message>
    </context>
    <context>
        <name>IepGoals</name>
        <message>
            <source>Enter the date.</source>
            <translation>Escriba la fecha.</translation>
        </message>
        <message>
            <source>Annual goals</source>
            <translation>Metas anuales</translation>
        </message>
        <message>
            <source>Goals, with where each one stands</source>
            <translation>Metas, con el estado de cada una</translation>
        </message>
        <message>
            <source>&amp;New goal</source>
            <translation>&amp;Nueva meta</translation>
        </message>
        <message>
            <source>New goal</source>
            <translation>Nueva meta</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>Su&amp;bir</translation>
        </message>
        <message>
            <source>Move the goal up</source>
            <translation>Subir la meta</translation>
        </message>
        <message>
            <source>Move do&amp;wn</source>
            <translation>Ba&amp;jar</translation>
        </message>
        <message>
            <source>Move the goal down</source>
            <translation>Bajar la meta</translation>
        </message>
        <message>
            <source>En&amp;d goal</source>
            <translation>&amp;Finalizar meta</translation>
        </message>
        <message>
            <source>End the goal</source>
            <translation>Finalizar la meta</translation>
        </message>
        <message>
            <source>The goal belongs to an earlier IEP: it is kept with its notes, and no longer listed.</source>
            <translation>La meta pertenece a un IEP anterior: se conserva con sus notas y deja de aparecer en la lista.</translation>
        </message>
        <message>
            <source>Area</source>
            <translation>Área</translation>
        </message>
        <message>
            <source>Reading, Communication, Self-care…</source>
            <translation>Lectura, Comunicación, Cuidado personal…</translation>
        </message>
        <message>
            <source>The goal in plain words</source>
            <translation>La meta en palabras sencillas</translation>
        </message>
        <message>
            <source>How it is measured</source>
            <translation>Cómo se mide</translation>
        </message>
        <message>
            <source>words read correctly in one minute</source>
            <translation>palabras leídas correctamente en un minuto</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unidad</translation>
        </message>
        <message>
            <source>words a minute</source>
            <translation>palabras por minuto</translation>
        </message>
        <message>
            <source>Baseline</source>
            <translation>Punto de partida</translation>
        </message>
        <message>
            <source>Baseline date</source>
            <translation>Fecha del punto de partida</translation>
        </message>
        <message>
            <source>Target</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Target date</source>
            <translation>Fecha del objetivo</translation>
        </message>
        <message>
            <source>&amp;Save goal</source>
            <translation>&amp;Guardar meta</translation>
        </message>
        <message>
            <source>Save goal</source>
            <translation>Guardar meta</translation>
        </message>
        <message>
            <source>The goal &amp;in plain words</source>
            <translation>&amp;La meta en palabras sencillas</translation>
        </message>
        <message>
            <source>on</source>
            <translation>el</translation>
        </message>
        <message>
            <source>&amp;Baseline</source>
            <translation>Punt&amp;o de partida</translation>
        </message>
        <message>
            <source>b&amp;y</source>
            <translation>pa&amp;ra el</translation>
        </message>
        <message>
            <source>Progress notes of the chosen goal</source>
            <translation>Notas de progreso de la meta elegida</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valor</translation>
        </message>
        <message>
            <source>Rating</source>
            <translation>Valoración</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Date of the note</source>
            <translation>Fecha de la nota</translation>
        </message>
        <message>
            <source>Measured value</source>
            <translation>Valor medido</translation>
        </message>
        <message>
            <source>value</source>
            <translation>valor</translation>
        </message>
        <message>
            <source>(no rating)</source>
            <translation>(sin valoración)</translation>
        </message>
        <message>
            <source>what you saw (Enter adds the note)</source>
            <translation>lo que observó (Enter agrega la nota)</translation>
        </message>
        <message>
            <source>Add n&amp;ote</source>
            <translation>Agregar no&amp;ta</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Agregar nota</translation>
        </message>
        <message>
            <source>&amp;Remove note</source>
            <translation>&amp;Quitar nota</translation>
        </message>
        <message>
            <source>Remove note</source>
            <translation>Quitar nota</translation>
        </message>
        <message>
            <source>a new goal: %s</source>
            <translation>una meta nueva: %s</translation>
        </message>
        <message>
            <source>a progress note</source>
            <translation>una nota de progreso</translation>
        </message>
        <message>
            <source>Choose a goal to see and add its progress notes.</source>
            <translation>Elija una meta para ver sus notas de progreso y agregar otras.</translation>
        </message>
        <message>
            <source>Progress notes for: %1</source>
            <translation>Notas de progreso de: %1</translation>
        </message>
        <message>
            <source>Edit a goal</source>
            <translation>Editar una meta</translation>
        </message>
        <message>
            <source>&amp;Add goal</source>
            <translation>Agregar &amp;meta</translation>
        </message>
        <message>
            <source>Add a goal</source>
            <translation>Agregar una meta</translation>
        </message>
        <message>
            <source>Move a goal</source>
            <translation>Mover una meta</translation>
        </message>
        <message>
            <source>End a goal</source>
            <translation>Finalizar una meta</translation>
        </message>
        <message>
            <source>Add a progress note</source>
            <translation>Agregar una nota de progreso</translation>
        </message>
        <message>
            <source>Remove a progress note</source>
            <translation>Quitar una nota de progreso</translation>
        </message>
    </context>
    <context>
        <name>IepRecordTab</name>
        <message>
            <source>IEP goals and services</source>
            <translation>Metas y servicios del IEP</translation>
        </message>
    </context>
    <context>
        <name>IepServices</name>
        <message>
            <source>Services</source>
            <translation>Servicios</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>How often</source>
            <translation>Con qué frecuencia</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Add a service</source>
            <translation>Agregar un servicio</translation>
        </message>
        <message>
            <source>Edit a service</source>
            <translation>Editar un servicio</translation>
        </message>
        <message>
            <source>End a service</source>
            <translation>Finalizar un servicio</translation>
        </message>
        <message>
            <source>Accommodations</source>
            <translation>Adaptaciones</translation>
        </message>
        <message>
            <source>Accommodation</source>
            <translation>Adaptación</translation>
        </message>
        <message>
            <source>Where it applies</source>
            <translation>Dónde se aplica</translation>
        </message>
        <message>
            <source>Add an accommodation</source>
            <translation>Agregar una adaptación</translation>
        </message>
        <message>
            <source>Edit an accommodation</source>
            <translation>Editar una adaptación</translation>
        </message>
        <message>
            <source>End an accommodation</source>
            <translation>Finalizar una adaptación</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Guardar cambios</translation>
        </message>
        <message>
            <source>End</source>
            <translation>Finalizar</translation>
        </message>
        <message>
            <source>No longer on the IEP (kept in the file).</source>
            <translation>Ya no está en el IEP (se conserva en el archivo).</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>What happens</source>
            <translation>Qué pasará</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Details</source>
            <translation>Detalles</translation>
        </message>
        <message>
            <source>To add</source>
            <translation>Se agregará</translation>
        </message>
        <message>
            <source>To update</source>
            <translation>Se actualizará</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Sin cambios</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rechazado</translation>
        </message>
        <message>
            <source>Import caseload from CSV</source>
            <translation>Importar la lista de casos desde un CSV</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>File to import</source>
            <translation>Archivo para importar</translation>
        </message>
        <message>
            <source>&amp;Choose file…</source>
            <translation>&amp;Elegir archivo…</translation>
        </message>
        <message>
            <source>Choose the CSV file to import</source>
            <translation>Elegir el archivo CSV para importar</translation>
        </message>
        <message>
            <source>About the file</source>
            <translation>Sobre el archivo</translation>
        </message>
        <message>
            <source>Columns in the file</source>
            <translation>Columnas del archivo</translation>
        </message>
        <message>
            <source>Columns and what each holds</source>
            <translation>Las columnas y lo que contiene cada una</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>First value</source>
            <translation>Primer valor</translation>
        </message>
        <message>
            <source>Import as</source>
            <translation>Importar como</translation>
        </message>
        <message>
            <source>Columns not imported</source>
            <translation>Columnas que no se importan</translation>
        </message>
        <message>
            <source>Problems with the column choices</source>
            <translation>Problemas con las columnas elegidas</translation>
        </message>
        <message>
            <source>How are dates written in this file?</source>
            <translation>¿Cómo están escritas las fechas en este archivo?</translation>
        </message>
        <message>
            <source>&amp;Month first: 03/04/2015 is March 4, 2015</source>
            <translation>&amp;Mes primero: 03/04/2015 es el 4 de marzo de 2015</translation>
        </message>
        <message>
            <source>Dates are month first</source>
            <translation>Las fechas llevan el mes primero</translation>
        </message>
        <message>
            <source>&amp;Day first: 03/04/2015 is 3 April 2015</source>
            <translation>&amp;Día primero: 03/04/2015 es el 3 de abril de 2015</translation>
        </message>
        <message>
            <source>Dates are day first</source>
            <translation>Las fechas llevan el día primero</translation>
        </message>
        <message>
            <source>What the import will do</source>
            <translation>Lo que hará la importación</translation>
        </message>
        <message>
            <source>Preview of every row</source>
            <translation>Vista previa de cada fila</translation>
        </message>
        <message>
            <source>&amp;Skip the rejected rows and import the others</source>
            <translation>&amp;Omitir las filas rechazadas e importar las demás</translation>
        </message>
        <message>
            <source>Skip rejected rows</source>
            <translation>Omitir las filas rechazadas</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>Import the rows shown</source>
            <translation>Importar las filas mostradas</translation>
        </message>
        <message>
            <source>Cancel: import nothing</source>
            <translation>Cancelar: no importar nada</translation>
        </message>
        <message>
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The file “%s” cannot be read (%s).</source>
            <translation>No se puede leer el archivo “%s” (%s).</translation>
        </message>
        <message numerus="yes">
            <source>%n data row(s)</source>
            <translation>
                <numerusform>%n fila de datos</numerusform>
                <numerusform>%n filas de datos</numerusform>
            </translation>
        </message>
        <message>
            <source>commas</source>
            <translation>comas</translation>
        </message>
        <message>
            <source>semicolons</source>
            <translation>punto y coma</translation>
        </message>
        <message>
            <source>tabs</source>
            <translation>tabulaciones</translation>
        </message>
        <message>
            <source>%1; read as %2, separated by %3.</source>
            <translation>%1; leído como %2, separado por %3.</translation>
        </message>
        <message>
            <source>Import column “%s” as</source>
            <translation>Importar la columna “%s” como</translation>
        </message>
        <message>
            <source>Do not import</source>
            <translation>No importar</translation>
        </message>
        <message>
            <source>Not imported: %s</source>
            <translation>No se importan: %s</translation>
        </message>
        <message>
            <source>Every column is imported.</source>
            <translation>Se importan todas las columnas.</translation>
        </message>
        <message>
            <source>Every date in this file could be read two ways (for example %s). Which comes first?</source>
            <translation>Cada fecha de este archivo se puede leer de dos maneras (por ejemplo %s). ¿Qué va primero?</translation>
        </message>
        <message>
            <source>Choose a file to see what will be imported.</source>
            <translation>Elija un archivo para ver lo que se importará.</translation>
        </message>
        <message>
            <source>Answer the questions above to see what will be imported.</source>
            <translation>Responda las preguntas de arriba para ver lo que se importará.</translation>
        </message>
        <message>
            <source>%1 to add, %2 to update, %3 unchanged, %4 rejected</source>
            <translation>%1 para agregar, %2 para actualizar, %3 sin cambios, %4 rechazadas</translation>
        </message>
        <message>
            <source>. Correct the rejected rows in the file and choose it again, or skip them below.</source>
            <translation>. Corrija las filas rechazadas en el archivo y vuelva a elegirlo, u omítalas abajo.</translation>
        </message>
        <message>
            <source>parent/guardian</source>
            <translation>padre, madre o tutor</translation>
        </message>
        <message>
            <source>Legal first name</source>
            <translation>Nombre legal</translation>
        </message>
        <message>
            <source>Legal last name</source>
            <translation>Apellido legal</translation>
        </message>
        <message>
            <source>Whole name (Last, First)</source>
            <translation>Nombre completo (Apellido, Nombre)</translation>
        </message>
        <message>
            <source>Preferred name</source>
            <translation>Nombre preferido</translation>
        </message>
        <message>
            <source>Date of birth</source>
            <translation>Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grado</translation>
        </message>
        <message>
            <source>School</source>
            <translation>Escuela</translation>
        </message>
        <message>
            <source>Student ID</source>
            <translation>Número de identificación del estudiante</translation>
        </message>
        <message>
            <source>Primary disability</source>
            <translation>Discapacidad principal</translation>
        </message>
        <message>
            <source>Last IEP meeting</source>
            <translation>Última reunión del IEP</translation>
        </message>
        <message>
            <source>Annual review due</source>
            <translation>Fecha límite de la revisión anual</translation>
        </message>
        <message>
            <source>Last evaluation</source>
            <translation>Última evaluación</translation>
        </message>
        <message>
            <source>Re-evaluation due</source>
            <translation>Fecha límite de la reevaluación</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Fortalezas</translation>
        </message>
        <message>
            <source>Hopes and dreams</source>
            <translation>Esperanzas y sueños</translation>
        </message>
        <message>
            <source>Culture and traditions</source>
            <translation>Cultura y tradiciones</translation>
        </message>
        <message>
            <source>Student's participation</source>
            <translation>Participación del estudiante</translation>
        </message>
        <message>
            <source>Parent/guardian name</source>
            <translation>Nombre de la madre, padre o tutor</translation>
        </message>
        <message>
            <source>Parent/guardian relationship</source>
            <translation>Parentesco de la madre, padre o tutor</translation>
        </message>
        <message>
            <source>Parent/guardian phone</source>
            <translation>Teléfono de la madre, padre o tutor</translation>
        </message>
        <message>
            <source>Parent/guardian email</source>
            <translation>Correo electrónico de la madre, padre o tutor</translation>
        </message>
        <message>
            <source>Parent/guardian language</source>
            <translation>Idioma de la madre, padre o tutor</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>(no longer active)</source>
            <translation>(ya no está activo)</translation>
        </message>
        <message>
            <source>Autism</source>
            <translation>Autismo</translation>
        </message>
        <message>
            <source>Deaf-blindness</source>
            <translation>Sordoceguera</translation>
        </message>
        <message>
            <source>Deafness</source>
            <translation>Sordera</translation>
        </message>
        <message>
            <source>Developmental delay</source>
            <translation>Retraso en el desarrollo</translation>
        </message>
        <message>
            <source>Emotional disturbance</source>
            <translation>Trastorno emocional</translation>
        </message>
        <message>
            <source>Hearing impairment</source>
            <translation>Discapacidad auditiva</translation>
        </message>
        <message>
            <source>Intellectual disability</source>
            <translation>Discapacidad intelectual</translation>
        </message>
        <message>
            <source>Multiple disabilities</source>
            <translation>Discapacidades múltiples</translation>
        </message>
        <message>
            <source>Orthopedic impairment</source>
            <translation>Discapacidad ortopédica</translation>
        </message>
        <message>
            <source>Other health impairment</source>
            <translation>Otro problema de salud</translation>
        </message>
        <message>
            <source>Specific learning disability</source>
            <translation>Discapacidad específica del aprendizaje</translation>
        </message>
        <message>
            <source>Speech or language impairment</source>
            <translation>Trastorno del habla o del lenguaje</translation>
        </message>
        <message>
            <source>Traumatic brain injury</source>
            <translation>Lesión cerebral traumática</translation>
        </message>
        <message>
            <source>Visual impairment (including blindness)</source>
            <translation>Discapacidad visual (incluida la ceguera)</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Not decided yet</source>
            <translation>Sin decidir todavía</translation>
        </message>
        <message>
            <source>Attends the meeting</source>
            <translation>Asiste a la reunión</translation>
        </message>
        <message>
            <source>Gives written input</source>
            <translation>Da su opinión por escrito</translation>
        </message>
        <message>
            <source>Family brings a picture</source>
            <translation>La familia trae una imagen</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Llamada telefónica</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>Mensaje de texto</translation>
        </message>
        <message>
            <source>Note in the student planner</source>
            <translation>Nota en la agenda del estudiante</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Visita al hogar</translation>
        </message>
        <message>
            <source>School psychologist</source>
            <translation>Psicólogo o psicóloga escolar</translation>
        </message>
        <message>
            <source>Speech-language pathologist</source>
            <translation>Terapeuta del habla y del lenguaje</translation>
        </message>
        <message>
            <source>Occupational therapist</source>
            <translation>Terapeuta ocupacional</translation>
        </message>
        <message>
            <source>Physical therapist</source>
            <translation>Fisioterapeuta</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Intérprete</translation>
        </message>
        <message>
            <source>Classroom teacher</source>
            <translation>Maestro o maestra de clase</translation>
        </message>
        <message>
            <source>Special education teacher</source>
            <translation>Maestro o maestra de educación especial</translation>
        </message>
        <message>
            <source>School district representative</source>
            <translation>Representante del distrito escolar</translation>
        </message>
        <message>
            <source>School counselor</source>
            <translation>Consejero o consejera escolar</translation>
        </message>
        <message>
            <source>Family liaison</source>
            <translation>Enlace con las familias</translation>
        </message>
        <message>
            <source>Principal</source>
            <translation>Director o directora</translation>
        </message>
        <message>
            <source>Team member</source>
            <translation>Miembro del equipo</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Inglés</translation>
        </message>
        <message>
            <source>Spanish (español)</source>
            <translation>Español</translation>
        </message>
        <message>
            <source>Vietnamese (Tiếng Việt)</source>
            <translation>Vietnamita (Tiếng Việt)</translation>
        </message>
        <message>
            <source>Chinese (中文)</source>
            <translation>Chino (中文)</translation>
        </message>
        <message>
            <source>Arabic (العربية)</source>
            <translation>Árabe (العربية)</translation>
        </message>
        <message>
            <source>Somali (Soomaali)</source>
            <translation>Somalí (Soomaali)</translation>
        </message>
        <message>
            <source>Russian (русский)</source>
            <translation>Ruso (русский)</translation>
        </message>
        <message>
            <source>Ukrainian (українська)</source>
            <translation>Ucraniano (українська)</translation>
        </message>
        <message>
            <source>Haitian Creole (Kreyòl ayisyen)</source>
            <translation>Criollo haitiano (Kreyòl ayisyen)</translation>
        </message>
        <message>
            <source>Portuguese (português)</source>
            <translation>Portugués (português)</translation>
        </message>
        <message>
            <source>French (français)</source>
            <translation>Francés (français)</translation>
        </message>
        <message>
            <source>Korean (한국어)</source>
            <translation>Coreano (한국어)</translation>
        </message>
        <message>
            <source>Tagalog</source>
            <translation>Tagalo (Tagalog)</translation>
        </message>
        <message>
            <source>Another language</source>
            <translation>Otro idioma</translation>
        </message>
        <message>
            <source>Annual review</source>
            <translation>Revisión anual</translation>
        </message>
        <message>
            <source>Re-evaluation</source>
            <translation>Reevaluación</translation>
        </message>
        <message>
            <source>Transition plan in the IEP</source>
            <translation>Plan de transición en el IEP</translation>
        </message>
        <message>
            <source>Tell the student about the transfer of rights</source>
            <translation>Informar al estudiante sobre la transferencia de derechos</translation>
        </message>
        <message>
            <source>Send the meeting notice</source>
            <translation>Enviar el aviso de la reunión</translation>
        </message>
        <message>
            <source>Enter the IEP dates</source>
            <translation>Escribir las fechas del IEP</translation>
        </message>
        <message>
            <source>Transition plan</source>
            <translation>Plan de transición</translation>
        </message>
        <message>
            <source>Transfer of rights</source>
            <translation>Transferencia de derechos</translation>
        </message>
        <message>
            <source>Meeting notice</source>
            <translation>Aviso de la reunión</translation>
        </message>
        <message>
            <source>IEP dates</source>
            <translation>Fechas del IEP</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencido</translation>
        </message>
        <message>
            <source>Needs IEP dates</source>
            <translation>Faltan las fechas del IEP</translation>
        </message>
        <message>
            <source>Within 30 days</source>
            <translation>Dentro de 30 días</translation>
        </message>
        <message>
            <source>Within 60 days</source>
            <translation>Dentro de 60 días</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Más adelante</translation>
        </message>
        <message>
            <source>Pre-K</source>
            <translation>Prekínder</translation>
        </message>
        <message>
            <source>K</source>
            <translation>Kínder</translation>
        </message>
        <message>
            <source>Post-secondary</source>
            <translation>Postsecundaria</translation>
        </message>
        <message>
            <source>WINDOW_LANGUAGE_CODE</source>
            <translation>es</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n día</numerusform>
                <numerusform>%n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n month(s)</source>
            <translation>
                <numerusform>cerca de %n mes</numerusform>
                <numerusform>unos %n meses</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n year(s)</source>
            <translation>
                <numerusform>cerca de %n año</numerusform>
                <numerusform>unos %n años</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>tomorrow</source>
            <translation>mañana</translation>
        </message>
        <message>
            <source>%1 overdue</source>
            <translation>venció hace %1</translation>
        </message>
        <message>
            <source>in %1</source>
            <translation>en %1</translation>
        </message>
        <message>
            <source>%1: %2 overdue</source>
            <translation>%1: venció hace %2</translation>
        </message>
        <message>
            <source>%1 today</source>
            <translation>%1 hoy</translation>
        </message>
        <message>
            <source>%1 tomorrow</source>
            <translation>%1 mañana</translation>
        </message>
        <message>
            <source>%1 in %2</source>
            <translation>%1 en %2</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>hace %n día</numerusform>
                <numerusform>hace %n días</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>en %n día</numerusform>
                <numerusform>en %n días</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LetterheadDialog</name>
        <message>
            <source>The logo file %s is not there. Choose the picture again.</source>
            <translation>El archivo del logotipo %s no está. Vuelva a elegir la imagen.</translation>
        </message>
        <message>
            <source>The logo must be a PNG or JPEG picture; %s is not one.</source>
            <translation>El logotipo debe ser una imagen PNG o JPEG; %s no lo es.</translation>
        </message>
        <message>
            <source>The logo %1 is %2 × %3 pixels, too large to print on every letter. Save a smaller copy (at most %4 pixels on each side) and choose that one.</source>
            <translation>El logotipo %1 mide %2 × %3 píxeles, demasiado grande para imprimirlo en cada carta. Guarde una copia más pequeña (como mucho %4 píxeles por lado) y elija esa.</translation>
        </message>
        <message>
            <source>The logo file %s is damaged or incomplete and cannot be read. Choose another copy of the picture.</source>
            <translation>El archivo del logotipo %s está dañado o incompleto y no se puede leer. Elija otra copia de la imagen.</translation>
        </message>
        <message>
            <source>“%s” does not look like an email address (name@school.org).</source>
            <translation>“%s” no parece una dirección de correo electrónico (nombre@escuela.org).</translation>
        </message>
        <message>
            <source>Letterhead and paper</source>
            <translation>Membrete y papel</translation>
        </message>
        <message>
            <source>Printed at the top of every letter and handout for families. Leave out anything you do not want printed.</source>
            <translation>Se imprime arriba de cada carta y documento para las familias. Deje fuera lo que no quiera imprimir.</translation>
        </message>
        <message>
            <source>School name</source>
            <translation>Nombre de la escuela</translation>
        </message>
        <message>
            <source>School address</source>
            <translation>Dirección de la escuela</translation>
        </message>
        <message>
            <source>Logo picture file</source>
            <translation>Archivo de imagen del logotipo</translation>
        </message>
        <message>
            <source>No logo</source>
            <translation>Sin logotipo</translation>
        </message>
        <message>
            <source>C&amp;hoose…</source>
            <translation>&amp;Elegir…</translation>
        </message>
        <message>
            <source>Choose a logo picture</source>
            <translation>Elegir una imagen de logotipo</translation>
        </message>
        <message>
            <source>No lo&amp;go</source>
            <translation>Sin lo&amp;gotipo</translation>
        </message>
        <message>
            <source>Print no logo</source>
            <translation>No imprimir logotipo</translation>
        </message>
        <message>
            <source>Logo preview</source>
            <translation>Vista previa del logotipo</translation>
        </message>
        <message>
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Your title</source>
            <translation>Su cargo</translation>
        </message>
        <message>
            <source>Special education teacher and case manager</source>
            <translation>Maestro(a) de educación especial y coordinador(a) de casos</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Teléfono</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Paper size</source>
            <translation>Tamaño del papel</translation>
        </message>
        <message>
            <source>Letter (8.5 × 11 in)</source>
            <translation>Carta (8.5 × 11 pulg.)</translation>
        </message>
        <message>
            <source>A4 (210 × 297 mm)</source>
            <translation>A4 (210 × 297 mm)</translation>
        </message>
        <message>
            <source>&amp;School name</source>
            <translation>&amp;Nombre de la escuela</translation>
        </message>
        <message>
            <source>&amp;Address</source>
            <translation>&amp;Dirección</translation>
        </message>
        <message>
            <source>&amp;Logo</source>
            <translation>&amp;Logotipo</translation>
        </message>
        <message>
            <source>Your &amp;name</source>
            <translation>&amp;Su nombre</translation>
        </message>
        <message>
            <source>Your &amp;title</source>
            <translation>Su &amp;cargo</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>C&amp;orreo electrónico</translation>
        </message>
        <message>
            <source>Pape&amp;r</source>
            <translation>&amp;Papel</translation>
        </message>
        <message>
            <source>Letterhead preview</source>
            <translation>Vista previa del membrete</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>As it prints at the top of a letter:</source>
            <translation>Así se imprime arriba de una carta:</translation>
        </message>
        <message>
            <source>“%1” cannot be printed: no font IEP Desk has can draw “%2” (%3). Change that character.</source>
            <translation>“%1” no se puede imprimir: ninguna fuente de IEP Desk puede dibujar “%2” (%3). Cambie ese carácter.</translation>
        </message>
        <message>
            <source>“%1” is too long to print on one line at the top of the letter (at most half the page's width). Shorten it.</source>
            <translation>“%1” es demasiado largo para imprimirse en una línea arriba de la carta (como máximo la mitad del ancho de la página). Acórtelo.</translation>
        </message>
        <message>
            <source>The school's name needs more than %1 lines at the top of the letter. Shorten it, for example with a common abbreviation.</source>
            <translation>El nombre de la escuela necesita más de %1 líneas arriba de la carta. Acórtelo, por ejemplo con una abreviatura común.</translation>
        </message>
        <message>
            <source>The address needs more than %1 lines at the top of the letter. Shorten it or leave out a line.</source>
            <translation>La dirección necesita más de %1 líneas arriba de la carta. Acórtela o quite una línea.</translation>
        </message>
        <message>
            <source>(empty: no letterhead is printed)</source>
            <translation>(vacío: no se imprime membrete)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>Choose the school's logo</source>
            <translation>Elegir el logotipo de la escuela</translation>
        </message>
        <message>
            <source>Pictures (*.png *.jpg *.jpeg)</source>
            <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>IEP Desk</source>
            <translation>IEP Desk</translation>
        </message>
        <message>
            <source>IEP Desk: sample caseload (not real students)</source>
            <translation>IEP Desk: lista de casos de ejemplo (no son estudiantes reales)</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Caseload</source>
            <translation>Lista de casos</translation>
        </message>
        <message>
            <source>Meeting planner</source>
            <translation>Planificador de reuniones</translation>
        </message>
        <message>
            <source>Post-meeting review</source>
            <translation>Revisión después de la reunión</translation>
        </message>
        <message>
            <source>Caseload file</source>
            <translation>Archivo de la lista de casos</translation>
        </message>
        <message>
            <source>Caseload file: %1</source>
            <translation>Archivo de la lista de casos: %1</translation>
        </message>
        <message>
            <source>(sample caseload)</source>
            <translation>(lista de casos de ejemplo)</translation>
        </message>
        <message>
            <source>(read-only)</source>
            <translation>(solo lectura)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Editar</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Caseload</source>
            <translation>&amp;Lista de casos</translation>
        </message>
        <message>
            <source>Meeting &amp;planner</source>
            <translation>&amp;Planificador de reuniones</translation>
        </message>
        <message>
            <source>Post-meeting &amp;review</source>
            <translation>&amp;Revisión después de la reunión</translation>
        </message>
        <message>
            <source>&amp;Student</source>
            <translation>E&amp;studiante</translation>
        </message>
        <message>
            <source>Meetin&amp;gs</source>
            <translation>Re&amp;uniones</translation>
        </message>
        <message>
            <source>Plan the &amp;year…</source>
            <translation>Planificar el &amp;año…</translation>
        </message>
        <message>
            <source>&amp;Tools</source>
            <translation>&amp;Herramientas</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Configuración…</translation>
        </message>
        <message>
            <source>&amp;Team members…</source>
            <translation>Miembros del &amp;equipo…</translation>
        </message>
        <message>
            <source>Open &amp;actions…</source>
            <translation>&amp;Tareas pendientes…</translation>
        </message>
        <message>
            <source>&amp;Letterhead and paper…</source>
            <translation>&amp;Membrete y papel…</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>A&amp;yuda</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Guía del usuario</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Atajos de teclado</translation>
        </message>
        <message>
            <source>&amp;Open the sample caseload</source>
            <translation>Abrir &amp;la lista de casos de ejemplo</translation>
        </message>
        <message>
            <source>Made-up students, in a window of their own; your caseload is not touched.</source>
            <translation>Estudiantes inventados, en una ventana aparte; su lista de casos no se toca.</translation>
        </message>
        <message>
            <source>&amp;About IEP Desk</source>
            <translation>A&amp;cerca de IEP Desk</translation>
        </message>
        <message>
            <source>&amp;Undo %s</source>
            <translation>&amp;Deshacer %s</translation>
        </message>
        <message>
            <source>&amp;Redo %s</source>
            <translation>&amp;Rehacer %s</translation>
        </message>
        <message>
            <source>The sample caseload opens in a window of its own.</source>
            <translation>La lista de casos de ejemplo se abre en una ventana aparte.</translation>
        </message>
        <message>
            <source>Sample caseload</source>
            <translation>Lista de casos de ejemplo</translation>
        </message>
        <message>
            <source>The sample caseload could not be opened. Start IEP Desk with --demo instead.</source>
            <translation>No se pudo abrir la lista de casos de ejemplo. Inicie IEP Desk con --demo.</translation>
        </message>
        <message>
            <source>&amp;Import your caseload…</source>
            <translation>&amp;Importar su lista de casos…</translation>
        </message>
        <message>
            <source>From a CSV file: your district's student system or a spreadsheet can save one. You check every row before anything is added.</source>
            <translation>Desde un archivo CSV: el sistema de estudiantes de su distrito o una hoja de cálculo pueden guardar uno. Usted revisa cada fila antes de que se agregue algo.</translation>
        </message>
        <message>
            <source>&amp;Add a student…</source>
            <translation>A&amp;gregar un estudiante…</translation>
        </message>
        <message>
            <source>Type in one student's name; the rest can follow.</source>
            <translation>Escriba el nombre de un estudiante; lo demás puede venir después.</translation>
        </message>
        <message>
            <source>Add &amp;your team…</source>
            <translation>Agregar a su e&amp;quipo…</translation>
        </message>
        <message>
            <source>The colleagues who sit on your students' IEP teams: general-education teachers, the psychologist, therapists.</source>
            <translation>Los colegas que forman parte de los equipos del IEP de sus estudiantes: maestros de educación general, el psicólogo, los terapeutas.</translation>
        </message>
        <message>
            <source>Set your &amp;letterhead…</source>
            <translation>Configurar su &amp;membrete…</translation>
        </message>
        <message>
            <source>Your school's name and your contact details, on every letter to a family.</source>
            <translation>El nombre de su escuela y sus datos de contacto, en cada carta a una familia.</translation>
        </message>
        <message>
            <source>&amp;Protect it with a passphrase…</source>
            <translation>&amp;Protegerla con una frase de contraseña…</translation>
        </message>
        <message>
            <source>Made-up students and meetings to look around with, in a window of their own; your caseload is not touched.</source>
            <translation>Estudiantes y reuniones inventados para explorar, en una ventana aparte; su lista de casos no se toca.</translation>
        </message>
        <message>
            <source>Strongly suggested here: this caseload travels on a USB stick. Encrypted, it stays private if the stick is lost.</source>
            <translation>Muy recomendable aquí: esta lista de casos va en una memoria USB. Cifrada, sigue siendo privada si se pierde la memoria.</translation>
        </message>
        <message>
            <source>Encrypted with your passphrase, the caseload stays private if the laptop is lost or left open.</source>
            <translation>Cifrada con su frase de contraseña, la lista de casos sigue siendo privada si la computadora portátil se pierde o se queda abierta.</translation>
        </message>
        <message>
            <source>This caseload is open read-only.</source>
            <translation>Esta lista de casos está abierta solo para lectura.</translation>
        </message>
        <message>
            <source>Changes not saved yet</source>
            <translation>Cambios aún sin guardar</translation>
        </message>
        <message>
            <source>Some of what you typed is not saved yet.</source>
            <translation>Parte de lo que escribió aún no está guardado.</translation>
        </message>
        <message>
            <source>The disk that holds your caseload is full, so IEP Desk could not save the changes marked in red. They are still on your screen. Make room on the disk (empty the wastebasket, move large files), then click in the field and press Tab to save it; or copy the text somewhere else first.</source>
            <translation>El disco donde está su lista de casos está lleno, así que IEP Desk no pudo guardar los cambios marcados en rojo. Siguen en su pantalla. Libere espacio en el disco (vacíe la papelera, mueva archivos grandes), luego haga clic en el campo y presione Tab para guardarlo; o antes copie el texto en otro lugar.</translation>
        </message>
        <message>
            <source>IEP Desk could not save the changes marked in red; the message beside each one says why. They are still on your screen: correct them, or copy the text somewhere else first.</source>
            <translation>IEP Desk no pudo guardar los cambios marcados en rojo; el mensaje junto a cada uno dice por qué. Siguen en su pantalla: corríjalos, o antes copie el texto en otro lugar.</translation>
        </message>
        <message>
            <source>If you close now, these changes are lost.</source>
            <translation>Si cierra ahora, estos cambios se pierden.</translation>
        </message>
        <message>
            <source>&amp;Stay and keep typing</source>
            <translation>&amp;Quedarse y seguir escribiendo</translation>
        </message>
        <message>
            <source>&amp;Close without saving them</source>
            <translation>&amp;Cerrar sin guardarlos</translation>
        </message>
    </context>
    <context>
        <name>NewMeeting</name>
        <message>
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>Tipo de reunión</translation>
        </message>
        <message>
            <source>Meetings already coming up</source>
            <translation>Próximas reuniones ya planificadas</translation>
        </message>
        <message>
            <source>&amp;Student:</source>
            <translation>&amp;Estudiante:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipo:</translation>
        </message>
        <message>
            <source>&amp;Plan the meeting</source>
            <translation>&amp;Planificar la reunión</translation>
        </message>
        <message>
            <source>The meeting starts as a draft: nothing is sent to anyone until you send the invitation. Ctrl+Z takes it back.</source>
            <translation>La reunión empieza como borrador: no se envía nada a nadie hasta que usted envíe la invitación. Ctrl+Z lo deshace.</translation>
        </message>
        <message>
            <source>⚠ %1 already has a meeting of this kind coming up (%2, %3). Plan another one only if you mean to; otherwise choose Cancel and open that one.</source>
            <translation>⚠ %1 ya tiene una próxima reunión de este tipo (%2, %3). Planifique otra solo si es lo que quiere; si no, elija Cancelar y abra esa reunión.</translation>
        </message>
        <message>
            <source>&amp;Plan another one</source>
            <translation>&amp;Planificar otra</translation>
        </message>
    </context>
    <context>
        <name>OpenActions</name>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>From the meeting of</source>
            <translation>De la reunión del</translation>
        </message>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message numerus="yes">
            <source>%1 · overdue by %n day(s)</source>
            <translation>
                <numerusform>%1 · vencida hace %n día</numerusform>
                <numerusform>%1 · vencida hace %n días</numerusform>
            </translation>
        </message>
        <message>
            <source>Mark “%s” done</source>
            <translation>Marcar “%s” como hecha</translation>
        </message>
        <message>
            <source>Mark an action done</source>
            <translation>Marcar una tarea como hecha</translation>
        </message>
        <message>
            <source>Open actions</source>
            <translation>Tareas pendientes</translation>
        </message>
        <message>
            <source>How many actions are open</source>
            <translation>Cuántas tareas están pendientes</translation>
        </message>
        <message>
            <source>Open actions, overdue first</source>
            <translation>Tareas pendientes, las vencidas primero</translation>
        </message>
        <message>
            <source>Tick an item when it is done (Space ticks the selected one).</source>
            <translation>Marque una tarea cuando esté hecha (la barra espaciadora marca la seleccionada).</translation>
        </message>
        <message>
            <source>No open actions.</source>
            <translation>No hay tareas pendientes.</translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s)</source>
            <translation>
                <numerusform>%n tarea pendiente</numerusform>
                <numerusform>%n tareas pendientes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them overdue (shown first).</source>
            <translation>
                <numerusform>%n de ellas vencida (se muestra primero).</numerusform>
                <numerusform>%n de ellas vencidas (se muestran primero).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open action(s), none overdue.</source>
            <translation>
                <numerusform>%n tarea pendiente, ninguna vencida.</numerusform>
                <numerusform>%n tareas pendientes, ninguna vencida.</numerusform>
            </translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
    </context>
    <context>
        <name>PlainTextCheck</name>
        <message>
            <source>&amp;Explain term</source>
            <translation>&amp;Explicar término</translation>
        </message>
        <message>
            <source>In a text the family will read</source>
            <translation>En un texto que leerá la familia</translation>
        </message>
        <message>
            <source>%s: %s
(Ctrl+E puts this explanation in the text.)</source>
            <translation>%s: %s
(Ctrl+E pone esta explicación en el texto.)</translation>
        </message>
        <message>
            <source>&amp;Explain “%s”</source>
            <translation>&amp;Explicar “%s”</translation>
        </message>
        <message>
            <source>Reading level of %s</source>
            <translation>Nivel de lectura de %s</translation>
        </message>
        <message>
            <source>Reading level: write something to see it. Terms a family may not know are underlined; Ctrl+E explains the one at the cursor.</source>
            <translation>Nivel de lectura: escriba algo para verlo. Los términos que una familia quizá no conozca aparecen subrayados; Ctrl+E explica el que está en el cursor.</translation>
        </message>
        <message>
            <source>No reading-level estimate for this language.</source>
            <translation>No hay estimación del nivel de lectura para este idioma.</translation>
        </message>
        <message>
            <source>Reading level: grade %.1f (aim for %d to %d).</source>
            <translation>Nivel de lectura: grado %.1f (procure de %d a %d).</translation>
        </message>
    </context>
    <context>
        <name>Planner</name>
        <message>
            <source>Item</source>
            <translation>Punto</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Minutos</translation>
        </message>
        <message>
            <source>Led by</source>
            <translation>Dirigido por</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>Empieza</translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Orden del día</translation>
        </message>
        <message>
            <source>Agenda time</source>
            <translation>Tiempo del orden del día</translation>
        </message>
        <message>
            <source>Agenda runs over</source>
            <translation>El orden del día se pasa del tiempo</translation>
        </message>
        <message>
            <source>People leaving early</source>
            <translation>Personas que se van temprano</translation>
        </message>
        <message>
            <source>Add item</source>
            <translation>Agregar punto</translation>
        </message>
        <message>
            <source>Remove item</source>
            <translation>Quitar punto</translation>
        </message>
        <message>
            <source>Move up (Alt+Up)</source>
            <translation>Subir (Alt+Arriba)</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Move down (Alt+Down)</source>
            <translation>Bajar (Alt+Abajo)</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Start from the standard agenda</source>
            <translation>Empezar con el orden del día estándar</translation>
        </message>
        <message>
            <source>Your saved agendas</source>
            <translation>Sus órdenes del día guardados</translation>
        </message>
        <message>
            <source>Load</source>
            <translation>Cargar</translation>
        </message>
        <message>
            <source>Load saved agenda</source>
            <translation>Cargar un orden del día guardado</translation>
        </message>
        <message>
            <source>Save as my template…</source>
            <translation>Guardar como mi plantilla…</translation>
        </message>
        <message>
            <source>Save as my template</source>
            <translation>Guardar como mi plantilla</translation>
        </message>
        <message>
            <source>Move the chosen agenda item up</source>
            <translation>Subir el punto elegido del orden del día</translation>
        </message>
        <message>
            <source>Move the chosen agenda item down</source>
            <translation>Bajar el punto elegido del orden del día</translation>
        </message>
        <message>
            <source>In the agenda</source>
            <translation>En el orden del día</translation>
        </message>
        <message>
            <source>The selected item</source>
            <translation>El punto seleccionado</translation>
        </message>
        <message>
            <source>Item title</source>
            <translation>Título del punto</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>A name or a role; the invited people are offered</source>
            <translation>Un nombre o un cargo; se ofrecen las personas invitadas</translation>
        </message>
        <message>
            <source>Led &amp;by</source>
            <translation>Diri&amp;gido por</translation>
        </message>
        <message>
            <source>Your agendas:</source>
            <translation>Sus órdenes del día:</translation>
        </message>
        <message>
            <source>A question the family sent ahead</source>
            <translation>Una pregunta que la familia envió antes</translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n minute(s) planned</source>
            <translation>
                <numerusform>%1 de %n minuto planificados</numerusform>
                <numerusform>%1 de %n minutos planificados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The agenda needs %1 minutes, but the meeting is planned for %2: it runs over by %n minute(s). Shorten some items or plan a longer meeting.</source>
            <translation>
                <numerusform>El orden del día necesita %1 minutos, pero la reunión está planificada para %2: se pasa por %n minuto. Acorte algunos puntos o planifique una reunión más larga.</numerusform>
                <numerusform>El orden del día necesita %1 minutos, pero la reunión está planificada para %2: se pasa por %n minutos. Acorte algunos puntos o planifique una reunión más larga.</numerusform>
            </translation>
        </message>
        <message>
            <source>Leaving early: %1 leaves at %2, after the agenda ends.</source>
            <translation>Sale antes: %1 se va a las %2, después de que termina el orden del día.</translation>
        </message>
        <message>
            <source>Leaving early: %1 leaves at %2, during or before “%3”. Move the items they need to be there for earlier.</source>
            <translation>Sale antes: %1 se va a las %2, durante o antes de “%3”. Pase antes los puntos en los que debe estar presente.</translation>
        </message>
        <message>
            <source>New item</source>
            <translation>Punto nuevo</translation>
        </message>
        <message>
            <source>Add an agenda item</source>
            <translation>Agregar un punto al orden del día</translation>
        </message>
        <message>
            <source>Remove an agenda item</source>
            <translation>Quitar un punto del orden del día</translation>
        </message>
        <message>
            <source>Move an agenda item</source>
            <translation>Mover un punto del orden del día</translation>
        </message>
        <message>
            <source>the standard agenda</source>
            <translation>el orden del día estándar</translation>
        </message>
        <message>
            <source>Replace the agenda?</source>
            <translation>¿Reemplazar el orden del día?</translation>
        </message>
        <message>
            <source>Replace this agenda with %s? The family's questions stay on it.</source>
            <translation>¿Reemplazar este orden del día con %s? Las preguntas de la familia se quedan en él.</translation>
        </message>
        <message>
            <source>Use %s</source>
            <translation>Usar %s</translation>
        </message>
        <message>
            <source>A name for this agenda (the family's questions are not saved with it):</source>
            <translation>Un nombre para este orden del día (las preguntas de la familia no se guardan con él):</translation>
        </message>
        <message>
            <source>Change an agenda item</source>
            <translation>Cambiar un punto del orden del día</translation>
        </message>
        <message>
            <source>Checklist progress</source>
            <translation>Avance de la lista de tareas</translation>
        </message>
        <message>
            <source>Still to do</source>
            <translation>Falta por hacer</translation>
        </message>
        <message>
            <source>Checklist warnings</source>
            <translation>Advertencias de la lista de tareas</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>On</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Date done: %s</source>
            <translation>Fecha en que se hizo: %s</translation>
        </message>
        <message>
            <source>Note: %s</source>
            <translation>Nota: %s</translation>
        </message>
        <message>
            <source>From the Team input tab</source>
            <translation>Desde la pestaña Opiniones del equipo</translation>
        </message>
        <message>
            <source>From the participants' consent dates</source>
            <translation>De las fechas de consentimiento de los participantes</translation>
        </message>
        <message>
            <source>%d of %d done</source>
            <translation>%d de %d hechas</translation>
        </message>
        <message>
            <source>Still to do: %s</source>
            <translation>Falta por hacer: %s</translation>
        </message>
        <message>
            <source>Everything on the checklist is done.</source>
            <translation>Todo lo de la lista de tareas está hecho.</translation>
        </message>
        <message>
            <source>Last progress news to the family: %s (from the contact log).</source>
            <translation>Últimas noticias de avance a la familia: %s (del registro de contactos).</translation>
        </message>
        <message>
            <source>none recorded</source>
            <translation>ninguna registrada</translation>
        </message>
        <message>
            <source>Tick “%s”</source>
            <translation>Marcar “%s”</translation>
        </message>
        <message>
            <source>Clear “%s”</source>
            <translation>Desmarcar “%s”</translation>
        </message>
        <message>
            <source>Note on “%s”</source>
            <translation>Nota sobre “%s”</translation>
        </message>
        <message>
            <source>Change “%s”</source>
            <translation>Cambiar “%s”</translation>
        </message>
        <message>
            <source>Enter the length in whole minutes, for example 60.</source>
            <translation>Escriba la duración en minutos enteros, por ejemplo 60.</translation>
        </message>
        <message>
            <source>Family member</source>
            <translation>Familiar</translation>
        </message>
        <message>
            <source>Attempts to reach the family for this meeting</source>
            <translation>Intentos de comunicarse con la familia para esta reunión</translation>
        </message>
        <message>
            <source>Contacts with this family member</source>
            <translation>Contactos con este familiar</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Cómo</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Por</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Sobre</translation>
        </message>
        <message>
            <source>Progress news</source>
            <translation>Noticias de avance</translation>
        </message>
        <message>
            <source>Told them how their child is doing</source>
            <translation>Se les contó cómo va su hijo o hija</translation>
        </message>
        <message>
            <source>a new contact</source>
            <translation>un contacto nuevo</translation>
        </message>
        <message>
            <source>A contact, or an attempt that reached nobody</source>
            <translation>Un contacto, o un intento que no llegó a nadie</translation>
        </message>
        <message>
            <source>&amp;By whom</source>
            <translation>Por &amp;quién</translation>
        </message>
        <message>
            <source>Add as a ne&amp;w contact</source>
            <translation>A&amp;gregar como contacto nuevo</translation>
        </message>
        <message>
            <source>Add as a new contact</source>
            <translation>Agregar como contacto nuevo</translation>
        </message>
        <message>
            <source>Save changes to the selected contact</source>
            <translation>Guardar los cambios del contacto seleccionado</translation>
        </message>
        <message>
            <source>Remove an entry typed by mistake</source>
            <translation>Quitar una entrada escrita por error</translation>
        </message>
        <message>
            <source>Remove the selected contact</source>
            <translation>Quitar el contacto seleccionado</translation>
        </message>
        <message>
            <source>Clear the form</source>
            <translation>Limpiar el formulario</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>The family has answered the invitation.</source>
            <translation>La familia ya respondió a la invitación.</translation>
        </message>
        <message>
            <source>The family has not answered the invitation yet. Attempts since this meeting was planned:</source>
            <translation>La familia todavía no ha respondido a la invitación. Intentos desde que se planificó esta reunión:</translation>
        </message>
        <message>
            <source>none recorded yet</source>
            <translation>ninguno registrado todavía</translation>
        </message>
        <message>
            <source>If the meeting has to go ahead without the parents, the law asks for a record of several attempts to arrange it, by more than one method (calls, letters or emails, visits), with their results. So far: %1 by %2.</source>
            <translation>Si la reunión tiene que hacerse sin los padres, la ley pide un registro de varios intentos de organizarla, por más de un medio (llamadas, cartas o correos, visitas), con sus resultados. Hasta ahora: %1 por %2.</translation>
        </message>
        <message numerus="yes">
            <source>%n attempt(s)</source>
            <translation>
                <numerusform>%n intento</numerusform>
                <numerusform>%n intentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n method(s)</source>
            <translation>
                <numerusform>%n método</numerusform>
                <numerusform>%n métodos</numerusform>
            </translation>
        </message>
        <message>
            <source>Try again, and use another method than before.</source>
            <translation>Intente de nuevo, y use un medio distinto al de antes.</translation>
        </message>
        <message>
            <source>changes to the contact of %s</source>
            <translation>cambios al contacto del %s</translation>
        </message>
        <message>
            <source>This student has no family member on file yet.</source>
            <translation>Este estudiante todavía no tiene familiares registrados.</translation>
        </message>
        <message>
            <source>Add a contact</source>
            <translation>Agregar un contacto</translation>
        </message>
        <message>
            <source>Correct a contact</source>
            <translation>Corregir un contacto</translation>
        </message>
        <message>
            <source>Remove contact</source>
            <translation>Quitar contacto</translation>
        </message>
        <message>
            <source>Remove the contact of %s? Only remove an entry typed by mistake: the log is the record of your attempts to reach the family.</source>
            <translation>¿Quitar el contacto de %s? Quite solo una entrada escrita por error: el registro es la constancia de sus intentos de comunicarse con la familia.</translation>
        </message>
        <message>
            <source>Remove a contact</source>
            <translation>Quitar un contacto</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Kind of meeting</source>
            <translation>Tipo de reunión</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Propósito</translation>
        </message>
        <message>
            <source>One sentence the family will read, e.g. Review this year's progress.</source>
            <translation>Una oración que leerá la familia, p. ej., Revisar el avance de este año.</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <source>e.g. %1</source>
            <translation>p. ej., %1</translation>
        </message>
        <message>
            <source>Start time</source>
            <translation>Hora de inicio</translation>
        </message>
        <message>
            <source>Plan ample time: the default comes from the settings for this kind of meeting.</source>
            <translation>Planifique tiempo suficiente: el valor inicial viene de la configuración para este tipo de reunión.</translation>
        </message>
        <message>
            <source>Length (minutes)</source>
            <translation>Duración (minutos)</translation>
        </message>
        <message>
            <source>Place or &amp;joining details</source>
            <translation>Lu&amp;gar o datos para participar</translation>
        </message>
        <message>
            <source>The annual review or re-evaluation date this meeting must come before.</source>
            <translation>La fecha de la revisión anual o de la reevaluación antes de la cual debe hacerse esta reunión.</translation>
        </message>
        <message>
            <source>Must be held by</source>
            <translation>Debe hacerse antes del</translation>
        </message>
        <message>
            <source>Transition meeting</source>
            <translation>Reunión de transición</translation>
        </message>
        <message>
            <source>Warnings about this meeting</source>
            <translation>Advertencias sobre esta reunión</translation>
        </message>
        <message>
            <source> (archived)</source>
            <translation> (archivado)</translation>
        </message>
        <message>
            <source>Transition meeting: %s is at or above the transition age on the meeting date, so they are invited and the notice must say that the meeting plans for life after school.</source>
            <translation>Reunión de transición: %s tiene la edad de transición o más en la fecha de la reunión, así que se le invita y el aviso debe decir que la reunión planifica la vida después de la escuela.</translation>
        </message>
        <message>
            <source>The room, e.g. Room 12, next to the library</source>
            <translation>El salón, p. ej., Salón 12, junto a la biblioteca</translation>
        </message>
        <message>
            <source>The number to call and any code to join</source>
            <translation>El número al que llamar y el código para participar, si lo hay</translation>
        </message>
        <message>
            <source>The link and how to join</source>
            <translation>El enlace y cómo participar</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Editar %s</translation>
        </message>
        <message>
            <source>Enter the date first, then the time.</source>
            <translation>Escriba primero la fecha y luego la hora.</translation>
        </message>
        <message>
            <source>Enter the start time, for example %1.</source>
            <translation>Escriba la hora de inicio, por ejemplo %1.</translation>
        </message>
        <message>
            <source>Brings anger</source>
            <translation>Causa enojo</translation>
        </message>
        <message>
            <source>Brings joy</source>
            <translation>Causa alegría</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Delicado</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Tip file for this family (private)</source>
            <translation>Notas sobre esta familia (privadas)</translation>
        </message>
        <message>
            <source>Last time</source>
            <translation>La última vez</translation>
        </message>
        <message>
            <source>Read before the meeting (private: printed only on your confidential prep sheet, never for the family)</source>
            <translation>Leer antes de la reunión (privado: se imprime solo en su hoja de preparación confidencial, nunca para la familia)</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Pregunta</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <source>The family's questions</source>
            <translation>Las preguntas de la familia</translation>
        </message>
        <message>
            <source>The family's question</source>
            <translation>La pregunta de la familia</translation>
        </message>
        <message>
            <source>a question from the family</source>
            <translation>una pregunta de la familia</translation>
        </message>
        <message>
            <source>Date the question arrived</source>
            <translation>Fecha en que llegó la pregunta</translation>
        </message>
        <message>
            <source>Received on (empty: today)</source>
            <translation>Recibida el (vacío: hoy)</translation>
        </message>
        <message>
            <source>Add &amp;question</source>
            <translation>A&amp;gregar pregunta</translation>
        </message>
        <message>
            <source>Add question</source>
            <translation>Agregar pregunta</translation>
        </message>
        <message>
            <source>Remove question</source>
            <translation>Quitar pregunta</translation>
        </message>
        <message>
            <source>Preparation sheet answers…</source>
            <translation>Respuestas de la hoja de preparación…</translation>
        </message>
        <message>
            <source>The family's preparation sheet answers</source>
            <translation>Las respuestas de la familia en su hoja de preparación</translation>
        </message>
        <message>
            <source>The family's questions (each one goes on the agenda)</source>
            <translation>Las preguntas de la familia (cada una va al orden del día)</translation>
        </message>
        <message>
            <source>What the family wants for their child</source>
            <translation>Lo que la familia quiere para su hijo o hija</translation>
        </message>
        <message>
            <source>What they asked for</source>
            <translation>Lo que pidieron</translation>
        </message>
        <message>
            <source>Questions to ask them</source>
            <translation>Preguntas para hacerles</translation>
        </message>
        <message>
            <source>The family's concerns (private)</source>
            <translation>Las inquietudes de la familia (privado)</translation>
        </message>
        <message>
            <source>The interest, e.g. that Bill's speech improves</source>
            <translation>El interés, p. ej., que Bill hable mejor</translation>
        </message>
        <message>
            <source>The position, e.g. 4 hours of speech a week</source>
            <translation>La postura, p. ej., 4 horas de terapia del habla por semana</translation>
        </message>
        <message>
            <source>Open questions, e.g. When does he talk most at home?</source>
            <translation>Preguntas abiertas, p. ej., ¿Cuándo habla más en casa?</translation>
        </message>
        <message>
            <source>a concern of the family</source>
            <translation>una inquietud de la familia</translation>
        </message>
        <message>
            <source>Add concern</source>
            <translation>Agregar inquietud</translation>
        </message>
        <message>
            <source>Remove concern</source>
            <translation>Quitar inquietud</translation>
        </message>
        <message>
            <source>Concerns. Private: printed only on your confidential prep sheet, never for the family</source>
            <translation>Inquietudes. Privado: se imprime solo en su hoja de preparación confidencial, nunca para la familia</translation>
        </message>
        <message>
            <source>The student's own voice</source>
            <translation>La propia voz del estudiante</translation>
        </message>
        <message>
            <source>What they &amp;want to say</source>
            <translation>Lo que &amp;quiere decir</translation>
        </message>
        <message>
            <source>How they will take part</source>
            <translation>Cómo participará</translation>
        </message>
        <message>
            <source>Tip file:</source>
            <translation>Notas sobre la familia:</translation>
        </message>
        <message>
            <source>Tip file: nothing written yet. After a meeting, the review pane lets you note what to remember about this family.</source>
            <translation>Notas sobre la familia: todavía no hay nada escrito. Después de una reunión, el panel de revisión le permite anotar lo que conviene recordar sobre esta familia.</translation>
        </message>
        <message>
            <source>keep</source>
            <translation>seguir</translation>
        </message>
        <message>
            <source>stop</source>
            <translation>dejar</translation>
        </message>
        <message>
            <source>Last time: %s: %s.</source>
            <translation>La última vez: %s: %s.</translation>
        </message>
        <message>
            <source>Last time: no notes from an earlier meeting.</source>
            <translation>La última vez: no hay notas de una reunión anterior.</translation>
        </message>
        <message>
            <source>Add a family question</source>
            <translation>Agregar una pregunta de la familia</translation>
        </message>
        <message>
            <source>Select the question to remove.</source>
            <translation>Seleccione la pregunta que quiere quitar.</translation>
        </message>
        <message>
            <source>Remove a family question</source>
            <translation>Quitar una pregunta de la familia</translation>
        </message>
        <message>
            <source>Add a concern</source>
            <translation>Agregar una inquietud</translation>
        </message>
        <message>
            <source>Select the concern to remove.</source>
            <translation>Seleccione la inquietud que quiere quitar.</translation>
        </message>
        <message>
            <source>Remove a concern</source>
            <translation>Quitar una inquietud</translation>
        </message>
        <message>
            <source>First day to search</source>
            <translation>Primer día para buscar</translation>
        </message>
        <message>
            <source>Last day to search</source>
            <translation>Último día para buscar</translation>
        </message>
        <message>
            <source>Find a time</source>
            <translation>Buscar un horario</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>to</source>
            <translation>al</translation>
        </message>
        <message>
            <source>One-off busy times</source>
            <translation>Horas ocupadas puntuales</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Who is busy</source>
            <translation>Quién está ocupado</translation>
        </message>
        <message>
            <source>From: %1</source>
            <translation>Desde: %1</translation>
        </message>
        <message>
            <source>Busy from</source>
            <translation>Ocupado desde</translation>
        </message>
        <message>
            <source>To: %1 (or a date and time)</source>
            <translation>Hasta: %1 (o una fecha y hora)</translation>
        </message>
        <message>
            <source>Busy until</source>
            <translation>Ocupado hasta</translation>
        </message>
        <message>
            <source>Note, e.g. district training</source>
            <translation>Nota, p. ej., capacitación del distrito</translation>
        </message>
        <message>
            <source>Note about the busy time</source>
            <translation>Nota sobre la hora ocupada</translation>
        </message>
        <message>
            <source>a busy time</source>
            <translation>un horario ocupado</translation>
        </message>
        <message>
            <source>Add &amp;busy time</source>
            <translation>A&amp;gregar hora ocupada</translation>
        </message>
        <message>
            <source>Add busy time</source>
            <translation>Agregar hora ocupada</translation>
        </message>
        <message>
            <source>Remove busy time</source>
            <translation>Quitar hora ocupada</translation>
        </message>
        <message>
            <source>One-off busy times (training days, appointments)</source>
            <translation>Horas ocupadas puntuales (días de capacitación, citas)</translation>
        </message>
        <message>
            <source>◀ Previous week</source>
            <translation>◀ Semana anterior</translation>
        </message>
        <message>
            <source>Previous week</source>
            <translation>Semana anterior</translation>
        </message>
        <message>
            <source>Next week ▶</source>
            <translation>Semana siguiente ▶</translation>
        </message>
        <message>
            <source>Next week</source>
            <translation>Semana siguiente</translation>
        </message>
        <message>
            <source>Week shown</source>
            <translation>Semana mostrada</translation>
        </message>
        <message>
            <source>Chosen time</source>
            <translation>Horario elegido</translation>
        </message>
        <message>
            <source>Use this time</source>
            <translation>Usar este horario</translation>
        </message>
        <message>
            <source>Suggested times and near misses</source>
            <translation>Horarios sugeridos y casi posibles</translation>
        </message>
        <message>
            <source>The answer: how many times suit, why, and what to change</source>
            <translation>La respuesta: cuántos horarios convienen, por qué y qué cambiar</translation>
        </message>
        <message>
            <source>Find a time says here how many times suit everyone who must come, and what to change when none does.</source>
            <translation>Aquí, Buscar un horario indica cuántos horarios les convienen a todos los que deben asistir, y qué cambiar si no hay ninguno.</translation>
        </message>
        <message>
            <source>Green: free. Hatched grey: no times entered. Grey day: school closed, too soon to give the family notice, or after the due date. Dashed blue: suggested. Orange: chosen (drag it, or use the arrow keys: ←/→ 15 minutes, ↑/↓ a day).</source>
            <translation>Verde: libre. Gris rayado: no se indicaron horarios. Día gris: escuela cerrada, demasiado pronto para avisar a la familia, o después de la fecha límite. Azul punteado: sugerido. Naranja: elegido (arrástrelo, o use las flechas: ←/→ 15 minutos, ↑/↓ un día).</translation>
        </message>
        <message>
            <source>Suggested times</source>
            <translation>Horarios sugeridos</translation>
        </message>
        <message>
            <source>The week before</source>
            <translation>La semana anterior</translation>
        </message>
        <message>
            <source>The week after</source>
            <translation>La semana siguiente</translation>
        </message>
        <message>
            <source>In Find a time</source>
            <translation>En Buscar un horario</translation>
        </message>
        <message>
            <source>Week of %s</source>
            <translation>Semana del %s</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerrado</translation>
        </message>
        <message>
            <source>School closed: %s</source>
            <translation>Escuela cerrada: %s</translation>
        </message>
        <message>
            <source>School closed (Settings ▸ School calendar)</source>
            <translation>Escuela cerrada (Configuración ▸ Calendario escolar)</translation>
        </message>
        <message>
            <source>Too soon</source>
            <translation>Muy pronto</translation>
        </message>
        <message numerus="yes">
            <source>Too soon: the family must have the notice %n day(s) before the meeting.</source>
            <translation>
                <numerusform>Demasiado pronto: la familia debe recibir el aviso %n día antes de la reunión.</numerusform>
                <numerusform>Demasiado pronto: la familia debe recibir el aviso %n días antes de la reunión.</numerusform>
            </translation>
        </message>
        <message>
            <source>After due date</source>
            <translation>Después de la fecha límite</translation>
        </message>
        <message>
            <source>After the date the meeting is due by (%s).</source>
            <translation>Después de la fecha límite de la reunión (%s).</translation>
        </message>
        <message>
            <source>Invite people first (on the People tab): the search looks for a time that suits them.</source>
            <translation>Primero invite a las personas (en la pestaña Personas): la búsqueda busca un horario que les convenga.</translation>
        </message>
        <message>
            <source>Also free: %s</source>
            <translation>También libres: %s</translation>
        </message>
        <message>
            <source>Near misses (someone required cannot come):</source>
            <translation>Casi posibles (alguien necesario no puede venir):</translation>
        </message>
        <message>
            <source>Cannot come: %s</source>
            <translation>No puede venir: %s</translation>
        </message>
        <message numerus="yes">
            <source>%n time(s) suit everyone who must come, best first.</source>
            <translation>
                <numerusform>%n horario le conviene a todos los que deben asistir; el mejor primero.</numerusform>
                <numerusform>%n horarios les convienen a todos los que deben asistir; los mejores primero.</numerusform>
            </translation>
        </message>
        <message>
            <source>No time suits everyone who must come.</source>
            <translation>Ningún horario le conviene a todos los que deben venir.</translation>
        </message>
        <message>
            <source>What you could change:</source>
            <translation>Lo que podría cambiar:</translation>
        </message>
        <message>
            <source>No times entered for %s: they are treated as free all school day. Ask them when they can meet.</source>
            <translation>No se indicaron horarios para %s: se les considera libres todo el día escolar. Pregúnteles cuándo pueden reunirse.</translation>
        </message>
        <message>
            <source>No time chosen yet: run Find a time, or click in the week view.</source>
            <translation>Todavía no se eligió un horario: use Buscar un horario o haga clic en la vista de la semana.</translation>
        </message>
        <message>
            <source>Chosen: %s–%s.</source>
            <translation>Elegido: %s–%s.</translation>
        </message>
        <message>
            <source>Not free then: %s.</source>
            <translation>No están libres a esa hora: %s.</translation>
        </message>
        <message>
            <source>Everyone is free then.</source>
            <translation>Todos están libres a esa hora.</translation>
        </message>
        <message>
            <source>Set the meeting time</source>
            <translation>Fijar la hora de la reunión</translation>
        </message>
        <message>
            <source>The meeting is now set for %s.</source>
            <translation>La reunión quedó fijada para el %s.</translation>
        </message>
        <message>
            <source>Choose who is busy: someone invited who is on file.</source>
            <translation>Elija quién está ocupado: una persona invitada que esté registrada.</translation>
        </message>
        <message>
            <source>Write when the busy time ends, for example %1.</source>
            <translation>Escriba cuándo termina la hora ocupada, por ejemplo %1.</translation>
        </message>
        <message>
            <source>Add a busy time</source>
            <translation>Agregar una hora ocupada</translation>
        </message>
        <message>
            <source>Select the busy time to remove.</source>
            <translation>Seleccione la hora ocupada que quiere quitar.</translation>
        </message>
        <message>
            <source>Remove a busy time</source>
            <translation>Quitar una hora ocupada</translation>
        </message>
        <message>
            <source>Coming up (draft, proposed, confirmed)</source>
            <translation>Próximas (borrador, propuesta, confirmada)</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Propuesta</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmada</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>All meetings</source>
            <translation>Todas las reuniones</translation>
        </message>
        <message>
            <source>The day this person was asked to come. The meeting notice is another thing: it is ticked as sent on the Checklist, with its own date (printing or saving the invitation from IEP Desk ticks it, since the invitation is the notice).</source>
            <translation>El día en que se invitó a esta persona. El aviso de la reunión es otra cosa: se marca como enviado en la lista de tareas, con su propia fecha (imprimir o guardar la invitación desde IEP Desk lo marca, ya que la invitación es el aviso).</translation>
        </message>
        <message>
            <source>Family</source>
            <translation>Familia</translation>
        </message>
        <message>
            <source>School team</source>
            <translation>Equipo escolar</translation>
        </message>
        <message>
            <source>Typed in</source>
            <translation>Escrito a mano</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participantes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Necesario</translation>
        </message>
        <message>
            <source>Invited on</source>
            <translation>Invitado el</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Respuesta</translation>
        </message>
        <message>
            <source>Leaves at</source>
            <translation>Se va a las</translation>
        </message>
        <message>
            <source>Missing people</source>
            <translation>Personas que faltan</translation>
        </message>
        <message>
            <source>Family member to invite</source>
            <translation>Familiar para invitar</translation>
        </message>
        <message>
            <source>Invite family member</source>
            <translation>Invitar a un familiar</translation>
        </message>
        <message>
            <source>Team member to invite</source>
            <translation>Miembro del equipo para invitar</translation>
        </message>
        <message>
            <source>Invite team mem&amp;ber</source>
            <translation>Invitar a un miembro del e&amp;quipo</translation>
        </message>
        <message>
            <source>Invite team member</source>
            <translation>Invitar a un miembro del equipo</translation>
        </message>
        <message>
            <source>Name of someone not on file</source>
            <translation>Nombre de alguien no registrado</translation>
        </message>
        <message>
            <source>Name of the person to invite</source>
            <translation>Nombre de la persona para invitar</translation>
        </message>
        <message>
            <source>a person to invite</source>
            <translation>una persona para invitar</translation>
        </message>
        <message>
            <source>Their role</source>
            <translation>Su cargo</translation>
        </message>
        <message>
            <source>Invite someone else</source>
            <translation>Invitar a otra persona</translation>
        </message>
        <message>
            <source>Remove from the meeting</source>
            <translation>Quitar de la reunión</translation>
        </message>
        <message>
            <source>Someone else</source>
            <translation>Otra persona</translation>
        </message>
        <message>
            <source>The selected person</source>
            <translation>La persona seleccionada</translation>
        </message>
        <message>
            <source>Must take part</source>
            <translation>Debe participar</translation>
        </message>
        <message>
            <source>Excused by the parents</source>
            <translation>Dispensado por los padres</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Dispensado</translation>
        </message>
        <message>
            <source>Parents' written consent on</source>
            <translation>Consentimiento escrito de los padres el</translation>
        </message>
        <message>
            <source>Arrived</source>
            <translation>Llegó</translation>
        </message>
        <message>
            <source>Written input</source>
            <translation>Opinión por escrito</translation>
        </message>
        <message>
            <source>%1, empty when they stay to the end</source>
            <translation>%1, vacío si se queda hasta el final</translation>
        </message>
        <message>
            <source>Leaves early at</source>
            <translation>Se va temprano a las</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>, excused</source>
            <translation>, dispensado</translation>
        </message>
        <message>
            <source> (not on this student's team)</source>
            <translation> (no está en el equipo de este estudiante)</translation>
        </message>
        <message>
            <source>%s: answer and details</source>
            <translation>%s: respuesta y detalles</translation>
        </message>
        <message>
            <source>Invite %s</source>
            <translation>Invitar a %s</translation>
        </message>
        <message>
            <source>Remove %s from the meeting</source>
            <translation>Quitar a %s de la reunión</translation>
        </message>
        <message>
            <source>Hello,

We are meeting about %1 on %2. Before then, could you write a few lines about how %1 is doing in your time with them: what is going well, what is hard, and anything you would like the team or the family to know?

Please send it to me by %3. A short note is plenty.

Thank you,
%4</source>
            <translation>Hola:

Vamos a tener una reunión sobre %1 (fecha: %2). Antes de esa fecha, ¿podría escribir unas líneas sobre cómo le va a %1 en el tiempo que pasa con usted: qué va bien, qué le cuesta y cualquier cosa que quiera que el equipo o la familia sepan?

Por favor, envíemelo a más tardar el %3. Basta con una nota corta.

Gracias,
%4</translation>
        </message>
        <message>
            <source>Ask team members for a few written lines before the meeting, and note what arrived. The checklist shows who has not answered.</source>
            <translation>Pida a los miembros del equipo unas líneas por escrito antes de la reunión, y anote lo que llegó. La lista de tareas muestra quién no ha respondido.</translation>
        </message>
        <message>
            <source>Who to ask for written input</source>
            <translation>A quién pedir su opinión por escrito</translation>
        </message>
        <message>
            <source>Written input due by</source>
            <translation>Fecha límite para la opinión por escrito</translation>
        </message>
        <message>
            <source>Ask for input</source>
            <translation>Pedir opiniones</translation>
        </message>
        <message>
            <source>Ask for written input</source>
            <translation>Pedir opiniones por escrito</translation>
        </message>
        <message>
            <source>Due by:</source>
            <translation>Fecha límite:</translation>
        </message>
        <message>
            <source>Written input asked for</source>
            <translation>Opiniones por escrito pedidas</translation>
        </message>
        <message>
            <source>Asked on</source>
            <translation>Pedida el</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Arrived on</source>
            <translation>Llegó el</translation>
        </message>
        <message>
            <source>What they wrote</source>
            <translation>Lo que escribió</translation>
        </message>
        <message>
            <source>Input arrived on</source>
            <translation>Fecha en que llegó la opinión</translation>
        </message>
        <message>
            <source>Paste or type what they sent</source>
            <translation>Pegue o escriba lo que envió</translation>
        </message>
        <message>
            <source>Record what arrived</source>
            <translation>Registrar lo que llegó</translation>
        </message>
        <message>
            <source>Record the written input that arrived</source>
            <translation>Registrar la opinión por escrito que llegó</translation>
        </message>
        <message>
            <source>Withdraw request</source>
            <translation>Retirar solicitud</translation>
        </message>
        <message>
            <source>Withdraw the request</source>
            <translation>Retirar la solicitud</translation>
        </message>
        <message>
            <source>Copy the request</source>
            <translation>Copiar la solicitud</translation>
        </message>
        <message>
            <source>Copy the request text to paste into an email</source>
            <translation>Copiar el texto de la solicitud para pegarlo en un correo</translation>
        </message>
        <message>
            <source>Arrived on:</source>
            <translation>Llegó el:</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Vencida</translation>
        </message>
        <message>
            <source>Not yet</source>
            <translation>Todavía no</translation>
        </message>
        <message>
            <source>Choose a request in the list to record what arrived</source>
            <translation>Elija una solicitud de la lista para anotar lo que llegó</translation>
        </message>
        <message>
            <source>Ask for input first; what arrives is recorded here</source>
            <translation>Primero use Pedir opiniones; lo que llegue se anota aquí</translation>
        </message>
        <message>
            <source>Tick at least one person to ask.</source>
            <translation>Marque al menos a una persona.</translation>
        </message>
        <message>
            <source>Enter the date the input is due by.</source>
            <translation>Escriba la fecha límite para la opinión.</translation>
        </message>
        <message>
            <source>Choose a request in the list first.</source>
            <translation>Primero elija una solicitud de la lista.</translation>
        </message>
        <message>
            <source>Record written input</source>
            <translation>Registrar una opinión por escrito</translation>
        </message>
        <message>
            <source>Withdraw a request for input</source>
            <translation>Retirar una solicitud de opinión</translation>
        </message>
        <message>
            <source>a date still to be set</source>
            <translation>todavía por fijar</translation>
        </message>
        <message>
            <source>The request is on the clipboard: paste it into an email.</source>
            <translation>La solicitud está en el portapapeles: péguela en un correo.</translation>
        </message>
    </context>
    <context>
        <name>PlannerLabels</name>
        <message>
            <source>First IEP meeting</source>
            <translation>Primera reunión del IEP</translation>
        </message>
        <message>
            <source>Annual review</source>
            <translation>Revisión anual</translation>
        </message>
        <message>
            <source>Re-evaluation</source>
            <translation>Reevaluación</translation>
        </message>
        <message>
            <source>Amendment</source>
            <translation>Enmienda</translation>
        </message>
        <message>
            <source>Transition planning</source>
            <translation>Planificación de la transición</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Borrador</translation>
        </message>
        <message>
            <source>Proposed to the family</source>
            <translation>Propuesta a la familia</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmada</translation>
        </message>
        <message>
            <source>Held</source>
            <translation>Realizada</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>In a room</source>
            <translation>En un salón</translation>
        </message>
        <message>
            <source>By phone</source>
            <translation>Por teléfono</translation>
        </message>
        <message>
            <source>By video</source>
            <translation>Por video</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>Sin respuesta todavía</translation>
        </message>
        <message>
            <source>Coming</source>
            <translation>Viene</translation>
        </message>
        <message>
            <source>Declined</source>
            <translation>No viene</translation>
        </message>
        <message>
            <source>Joining by phone or video</source>
            <translation>Participa por teléfono o video</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Llamada telefónica</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>Mensaje de texto</translation>
        </message>
        <message>
            <source>Letter</source>
            <translation>Carta</translation>
        </message>
        <message>
            <source>Note in the student planner</source>
            <translation>Nota en la agenda del estudiante</translation>
        </message>
        <message>
            <source>Home visit</source>
            <translation>Visita al hogar</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>En persona</translation>
        </message>
        <message>
            <source>Reached them</source>
            <translation>Se habló con ellos</translation>
        </message>
        <message>
            <source>Left a message</source>
            <translation>Se dejó un mensaje</translation>
        </message>
        <message>
            <source>No answer</source>
            <translation>No contestaron</translation>
        </message>
        <message>
            <source>Letter or email came back</source>
            <translation>La carta o el correo fue devuelto</translation>
        </message>
        <message>
            <source>Message could not be delivered</source>
            <translation>No se pudo entregar el mensaje</translation>
        </message>
        <message>
            <source>Parent</source>
            <translation>Madre o padre</translation>
        </message>
        <message>
            <source>Guardian</source>
            <translation>Tutor(a) legal</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Advocate</source>
            <translation>Defensor(a) de la familia</translation>
        </message>
        <message>
            <source>Relative</source>
            <translation>Familiar</translation>
        </message>
        <message>
            <source>Outside provider</source>
            <translation>Proveedor externo</translation>
        </message>
        <message>
            <source>no date yet</source>
            <translation>sin fecha todavía</translation>
        </message>
    </context>
    <context>
        <name>PlannerPane</name>
        <message>
            <source>Meeting planner</source>
            <translation>Planificador de reuniones</translation>
        </message>
        <message>
            <source>Show meetings</source>
            <translation>Mostrar reuniones</translation>
        </message>
        <message>
            <source>Meetings</source>
            <translation>Reuniones</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>&amp;New meeting…</source>
            <translation>&amp;Nueva reunión…</translation>
        </message>
        <message>
            <source>New meeting</source>
            <translation>Nueva reunión</translation>
        </message>
        <message>
            <source>&amp;Cancel meeting</source>
            <translation>Cance&amp;lar reunión</translation>
        </message>
        <message>
            <source>Cancel meeting</source>
            <translation>Cancelar reunión</translation>
        </message>
        <message>
            <source>The meeting stays on file, marked as cancelled.</source>
            <translation>La reunión sigue registrada, marcada como cancelada.</translation>
        </message>
        <message>
            <source>Add to calendar…</source>
            <translation>Agregar al calendario…</translation>
        </message>
        <message>
            <source>Add to calendar</source>
            <translation>Agregar al calendario</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Delete draft</source>
            <translation>Eliminar borrador</translation>
        </message>
        <message>
            <source>Only a draft never sent to anyone can be deleted; Ctrl+Z brings it back.</source>
            <translation>Solo se puede eliminar un borrador que nunca se envió a nadie; Ctrl+Z lo recupera.</translation>
        </message>
        <message>
            <source>Chosen meeting</source>
            <translation>Reunión elegida</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Handouts for this meeting</source>
            <translation>Documentos para esta reunión</translation>
        </message>
        <message>
            <source>Planning this meeting</source>
            <translation>Planificación de esta reunión</translation>
        </message>
        <message>
            <source>&amp;Meeting</source>
            <translation>&amp;Reunión</translation>
        </message>
        <message>
            <source>&amp;People</source>
            <translation>&amp;Personas</translation>
        </message>
        <message>
            <source>Fin&amp;d a time</source>
            <translation>&amp;Buscar un horario</translation>
        </message>
        <message>
            <source>Chec&amp;klist</source>
            <translation>Lista de &amp;tareas</translation>
        </message>
        <message>
            <source>The famil&amp;y's voice</source>
            <translation>La voz de la &amp;familia</translation>
        </message>
        <message>
            <source>&amp;Agenda</source>
            <translation>Or&amp;den del día</translation>
        </message>
        <message>
            <source>Contact &amp;log</source>
            <translation>Registro de &amp;contactos</translation>
        </message>
        <message>
            <source>Team inp&amp;ut</source>
            <translation>&amp;Opiniones del equipo</translation>
        </message>
        <message>
            <source>No meeting chosen. Choose one in the list, or plan a new meeting.</source>
            <translation>No se eligió ninguna reunión. Elija una de la lista o planifique una reunión nueva.</translation>
        </message>
        <message>
            <source>%s: %s, %s</source>
            <translation>%s: %s, %s</translation>
        </message>
        <message>
            <source>The draft “%s” is deleted; Ctrl+Z brings it back.</source>
            <translation>El borrador “%s” se eliminó; Ctrl+Z lo recupera.</translation>
        </message>
        <message>
            <source>Cancel the meeting “%s”? It stays on file, marked as cancelled, and the family should be told.</source>
            <translation>¿Cancelar la reunión “%s”? Queda registrada, marcada como cancelada, y hay que avisar a la familia.</translation>
        </message>
        <message>
            <source>The meeting “%s” is cancelled. It stays on file (Show: Cancelled); Ctrl+Z takes it back.</source>
            <translation>La reunión “%s” está cancelada. Queda registrada (Mostrar: Cancelada); Ctrl+Z la recupera.</translation>
        </message>
        <message>
            <source> · transition meeting</source>
            <translation> · reunión de transición</translation>
        </message>
        <message>
            <source>This meeting is %s and stays on file as a record; its plan is shown as it was.</source>
            <translation>Esta reunión está %s y queda registrada como constancia; su plan se muestra como estaba.</translation>
        </message>
        <message>
            <source>There are no students on the caseload yet. Add a student first.</source>
            <translation>Todavía no hay estudiantes en la lista de casos. Primero agregue un estudiante.</translation>
        </message>
        <message>
            <source>Delete draft meeting</source>
            <translation>Eliminar la reunión en borrador</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Archivos de calendario (*.ics)</translation>
        </message>
        <message>
            <source>The calendar file could not be written (%s). Choose another folder.</source>
            <translation>No se pudo escribir el archivo de calendario (%s). Elija otra carpeta.</translation>
        </message>
        <message>
            <source>This caseload is open read-only: you can look at every meeting, but nothing can be changed here.</source>
            <translation>Esta lista de casos está abierta solo para lectura: puede ver cada reunión, pero aquí no se puede cambiar nada.</translation>
        </message>
    </context>
    <context>
        <name>PreparationAnswers</name>
        <message>
            <source>Hopes for this school year</source>
            <translation>Esperanzas para este año escolar</translation>
        </message>
        <message>
            <source>Hopes for later in life</source>
            <translation>Esperanzas para el futuro</translation>
        </message>
        <message>
            <source>What the child is good at and enjoys</source>
            <translation>Lo que su hijo o hija hace bien y disfruta</translation>
        </message>
        <message>
            <source>What works at home</source>
            <translation>Lo que funciona en casa</translation>
        </message>
        <message>
            <source>Culture and traditions</source>
            <translation>Cultura y tradiciones</translation>
        </message>
        <message>
            <source>What worries them</source>
            <translation>Lo que les preocupa</translation>
        </message>
        <message>
            <source>Their questions for the meeting</source>
            <translation>Sus preguntas para la reunión</translation>
        </message>
        <message>
            <source>Who they will bring</source>
            <translation>A quién traerán</translation>
        </message>
        <message>
            <source>Times that suit them</source>
            <translation>Horarios que les convienen</translation>
        </message>
        <message>
            <source>How they want to hear about progress</source>
            <translation>Cómo quieren recibir noticias del progreso</translation>
        </message>
        <message>
            <source>Whether the child will come</source>
            <translation>Si su hijo o hija vendrá</translation>
        </message>
        <message>
            <source>→ Hopes and dreams, on the student's record</source>
            <translation>→ Esperanzas y sueños, en los datos del estudiante</translation>
        </message>
        <message>
            <source>→ Strengths, on the student's record</source>
            <translation>→ Fortalezas, en los datos del estudiante</translation>
        </message>
        <message>
            <source>→ Culture and traditions, on the student's record</source>
            <translation>→ Cultura y tradiciones, en los datos del estudiante</translation>
        </message>
        <message>
            <source>→ The family's questions, each one onto the agenda</source>
            <translation>→ Las preguntas de la familia, cada una al orden del día</translation>
        </message>
        <message>
            <source>→ The family's concerns (private to the team)</source>
            <translation>→ Las inquietudes de la familia (privado, solo para el equipo)</translation>
        </message>
        <message>
            <source>→ The parent's weekly times, for Find a time (write them like “Tue 3:30 pm-5 pm”)</source>
            <translation>→ Los horarios semanales de la madre o el padre, para Buscar un horario (escríbalos así: “Tue 3:30 pm-5 pm”)</translation>
        </message>
        <message>
            <source>→ How the parent prefers to be contacted</source>
            <translation>→ La forma de contacto preferida de la madre o el padre</translation>
        </message>
        <message>
            <source>→ Added to the meeting's people</source>
            <translation>→ Se agregan a las personas de la reunión</translation>
        </message>
        <message>
            <source>→ How the student takes part (the student's voice)</source>
            <translation>→ Cómo participa el estudiante (la voz del estudiante)</translation>
        </message>
        <message>
            <source>Phone call</source>
            <translation>Llamada telefónica</translation>
        </message>
        <message>
            <source>Text message</source>
            <translation>Mensaje de texto</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>Correo electrónico</translation>
        </message>
        <message>
            <source>A note in the student's planner</source>
            <translation>Una nota en la agenda del estudiante</translation>
        </message>
        <message>
            <source>The child will come</source>
            <translation>Su hijo o hija vendrá</translation>
        </message>
        <message>
            <source>They will bring a picture</source>
            <translation>Traerán una imagen</translation>
        </message>
        <message>
            <source>File the answer: %1</source>
            <translation>Guardar la respuesta: %1</translation>
        </message>
        <message>
            <source>Answer: %1</source>
            <translation>Respuesta: %1</translation>
        </message>
        <message>
            <source>The family's answers: %1</source>
            <translation>Las respuestas de la familia: %1</translation>
        </message>
        <message>
            <source>Open the PDF the family sent back, or type their answers from the paper sheet. Tick each answer you want to keep: only the ticked ones are filed, where the arrow says.</source>
            <translation>Abra el PDF que devolvió la familia, o escriba sus respuestas desde la hoja en papel. Marque cada respuesta que quiera conservar: solo se guardan las marcadas, en el lugar que indica la flecha.</translation>
        </message>
        <message>
            <source>&amp;Open a returned PDF…</source>
            <translation>&amp;Abrir un PDF devuelto…</translation>
        </message>
        <message>
            <source>Open the PDF the family sent back</source>
            <translation>Abrir el PDF que devolvió la familia</translation>
        </message>
        <message>
            <source>Answers received on</source>
            <translation>Respuestas recibidas el</translation>
        </message>
        <message>
            <source>Tick every &amp;answered question</source>
            <translation>Marcar todas las preguntas &amp;respondidas</translation>
        </message>
        <message>
            <source>Tick every answered question</source>
            <translation>Marcar todas las preguntas respondidas</translation>
        </message>
        <message>
            <source>Where the answers came from</source>
            <translation>De dónde vienen las respuestas</translation>
        </message>
        <message>
            <source>Received on:</source>
            <translation>Recibidas el:</translation>
        </message>
        <message>
            <source>&amp;File the ticked answers</source>
            <translation>&amp;Guardar las respuestas marcadas</translation>
        </message>
        <message>
            <source>File the ticked answers</source>
            <translation>Guardar las respuestas marcadas</translation>
        </message>
        <message>
            <source>Open the returned preparation sheet</source>
            <translation>Abrir la hoja de preparación devuelta</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>Archivos PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it is still there and try again.</source>
            <translation>No se pudo abrir el archivo. Revise que todavía esté allí e intente de nuevo.</translation>
        </message>
        <message>
            <source>Read from %1: %2 answers. Check each one, tick the ones to keep.</source>
            <translation>Leídas de %1: %2 respuestas. Revise cada una y marque las que quiera conservar.</translation>
        </message>
        <message>
            <source>File the family's answers</source>
            <translation>Guardar las respuestas de la familia</translation>
        </message>
    </context>
    <context>
        <name>Problems</name>
        <message>
            <source>A meeting must last at least one minute. Enter its length in minutes, for example 60.</source>
            <translation>Una reunión debe durar al menos un minuto. Escriba su duración en minutos, por ejemplo 60.</translation>
        </message>
        <message>
            <source>{minutes} minutes is more than a school day. Enter the length in minutes, for example 60 for one hour.</source>
            <translation>{minutes} minutos es más que un día escolar. Escriba la duración en minutos, por ejemplo 60 para una hora.</translation>
        </message>
        <message>
            <source>The end time must come after the start time.</source>
            <translation>La hora de fin debe ser después de la hora de inicio.</translation>
        </message>
        <message>
            <source>This meeting would be after its due date ({due}). Choose a day on or before the due date.</source>
            <translation>Esta reunión sería después de su fecha límite ({due}). Elija un día igual o anterior a la fecha límite.</translation>
        </message>
        <message>
            <source>The due date ({due}) has already passed, so this meeting is late. Hold it as soon as you can, and note the reason in the contact log.</source>
            <translation>La fecha límite ({due}) ya pasó, así que esta reunión está atrasada. Hágala lo antes posible y anote el motivo en el registro de contactos.</translation>
        </message>
        <message>
            <source>{name} is archived. Restore the student to the active caseload before planning a meeting.</source>
            <translation>{name} está archivado. Vuelva a poner al estudiante en la lista de casos activa antes de planificar una reunión.</translation>
        </message>
        <message>
            <source>{name} is already on this meeting's list.</source>
            <translation>{name} ya está en la lista de esta reunión.</translation>
        </message>
        <message>
            <source>A participant is either a family member or a team member, not both.</source>
            <translation>Un participante es o un familiar o un miembro del equipo, no las dos cosas.</translation>
        </message>
        <message>
            <source>The student cannot also be listed as a family or team member.</source>
            <translation>El estudiante no puede figurar también como familiar o miembro del equipo.</translation>
        </message>
        <message>
            <source>Write the participant's name.</source>
            <translation>Escriba el nombre del participante.</translation>
        </message>
        <message>
            <source>Choose the first and the last day to search for a time.</source>
            <translation>Elija el primer y el último día para buscar un horario.</translation>
        </message>
        <message>
            <source>The last day to search comes before the first. Choose a range of at least one day.</source>
            <translation>El último día de búsqueda es anterior al primero. Elija un período de al menos un día.</translation>
        </message>
        <message>
            <source>This meeting was cancelled. Plan a new meeting instead of marking this one as held.</source>
            <translation>Esta reunión fue cancelada. Planifique una reunión nueva en vez de marcar esta como realizada.</translation>
        </message>
        <message>
            <source>Enter the date and time the meeting took place before marking it as held.</source>
            <translation>Escriba la fecha y la hora en que se hizo la reunión antes de marcarla como realizada.</translation>
        </message>
        <message>
            <source>This meeting is still in the future, so it cannot be marked as held. Change its date first if it took place earlier.</source>
            <translation>Esta reunión todavía es en el futuro, así que no se puede marcar como realizada. Si se hizo antes, cambie primero su fecha.</translation>
        </message>
        <message>
            <source>Write what is to be done.</source>
            <translation>Escriba lo que hay que hacer.</translation>
        </message>
        <message>
            <source>Choose who will do this: a participant or the family.</source>
            <translation>Elija quién lo hará: un participante o la familia.</translation>
        </message>
        <message>
            <source>An action cannot be due before the meeting that agreed on it.</source>
            <translation>Una tarea no puede vencer antes de la reunión en la que se acordó.</translation>
        </message>
        <message>
            <source>No general-education teacher is on the list. The law asks for at least one at every IEP meeting.</source>
            <translation>No hay ningún maestro de educación general en la lista. La ley pide al menos uno en cada reunión del IEP.</translation>
        </message>
        <message>
            <source>No special-education teacher is on the list. The law asks for at least one at every IEP meeting (the case manager counts when they are on the list).</source>
            <translation>No hay ningún maestro de educación especial en la lista. La ley pide al menos uno en cada reunión del IEP (el coordinador del caso cuenta si está en la lista).</translation>
        </message>
        <message>
            <source>No district representative is on the list. Someone who can commit the district's resources must take part.</source>
            <translation>No hay ningún representante del distrito en la lista. Debe participar alguien que pueda comprometer los recursos del distrito.</translation>
        </message>
        <message>
            <source>No parent or guardian is on the list yet. Invite the family before the notice goes out.</source>
            <translation>Todavía no hay ninguna madre, padre o tutor en la lista. Invite a la familia antes de enviar el aviso.</translation>
        </message>
        <message>
            <source>“{value}” is not one of the choices here.</source>
            <translation>“{value}” no es una de las opciones aquí.</translation>
        </message>
        <message>
            <source>“{value}” is not a kind of meeting.</source>
            <translation>“{value}” no es un tipo de reunión.</translation>
        </message>
        <message>
            <source>This could not be saved: a value is not allowed here ({detail}). Nothing was changed.</source>
            <translation>No se pudo guardar: un valor no está permitido aquí ({detail}). No se cambió nada.</translation>
        </message>
        <message>
            <source>The student for this meeting is not on file.</source>
            <translation>El estudiante de esta reunión no está registrado.</translation>
        </message>
        <message>
            <source>A meeting cannot be moved to another student. Plan a new meeting for that student instead.</source>
            <translation>Una reunión no se puede pasar a otro estudiante. Planifique una reunión nueva para ese estudiante.</translation>
        </message>
        <message>
            <source>This meeting has been held, so {name} stays on its record. Mark their attendance as absent instead.</source>
            <translation>Esta reunión ya se realizó, así que {name} queda en su constancia. Marque su asistencia como ausente.</translation>
        </message>
        <message>
            <source>An agenda item needs a title.</source>
            <translation>Un punto del orden del día necesita un título.</translation>
        </message>
        <message>
            <source>Enter the minutes for this item as a whole number from 0 up, for example 5.</source>
            <translation>Escriba los minutos de este punto como número entero desde 0, por ejemplo 5.</translation>
        </message>
        <message>
            <source>The agenda changed while it was being reordered. Please try again.</source>
            <translation>El orden del día cambió mientras se reordenaba. Intente de nuevo.</translation>
        </message>
        <message>
            <source>Give the template a name.</source>
            <translation>Dele un nombre a la plantilla.</translation>
        </message>
        <message>
            <source>The agenda is empty, so there is nothing to save.</source>
            <translation>El orden del día está vacío, así que no hay nada que guardar.</translation>
        </message>
        <message>
            <source>Write the family's question.</source>
            <translation>Escriba la pregunta de la familia.</translation>
        </message>
        <message>
            <source>Write what the family wants, what they asked for, or what you mean to ask.</source>
            <translation>Escriba lo que quiere la familia, lo que pidieron o lo que usted piensa preguntar.</translation>
        </message>
        <message>
            <source>A checklist item cannot be done on a day still to come.</source>
            <translation>Una tarea de la lista no se puede hacer en un día que todavía no llega.</translation>
        </message>
        <message>
            <source>A busy time belongs to one person.</source>
            <translation>Una hora ocupada pertenece a una sola persona.</translation>
        </message>
        <message>
            <source>A contact cannot be recorded for a time still to come.</source>
            <translation>No se puede registrar un contacto para una hora que todavía no llega.</translation>
        </message>
        <message>
            <source>Write the suggestion.</source>
            <translation>Escriba la sugerencia.</translation>
        </message>
        <message>
            <source>Write what the family brought to the meeting.</source>
            <translation>Escriba lo que la familia trajo a la reunión.</translation>
        </message>
        <message>
            <source>Write what worked or what did not.</source>
            <translation>Escriba lo que funcionó o lo que no.</translation>
        </message>
        <message>
            <source>Write the topic of the tip.</source>
            <translation>Escriba el tema de la nota.</translation>
        </message>
        <message>
            <source>A tip cannot be written on a day still to come.</source>
            <translation>No se puede escribir una nota en un día que todavía no llega.</translation>
        </message>
        <message>
            <source>A tip needs the day it was written.</source>
            <translation>Una nota necesita el día en que se escribió.</translation>
        </message>
        <message>
            <source>This meeting is no longer on file.</source>
            <translation>Esta reunión ya no está registrada.</translation>
        </message>
        <message>
            <source>Written input cannot be due before the day you ask for it. Choose a later date.</source>
            <translation>La fecha límite de una opinión por escrito no puede ser anterior al día en que la pide. Elija una fecha posterior.</translation>
        </message>
        <message>
            <source>This file could not be read as a PDF. Ask the family to send it again, or type their answers from the paper sheet.</source>
            <translation>No se pudo leer este archivo como PDF. Pida a la familia que lo envíe de nuevo, o escriba sus respuestas desde la hoja en papel.</translation>
        </message>
        <message>
            <source>This PDF is locked with a password, so its answers cannot be read. Ask the family to send it again without a password.</source>
            <translation>Este PDF está bloqueado con una contraseña, así que no se pueden leer sus respuestas. Pida a la familia que lo envíe de nuevo sin contraseña.</translation>
        </message>
        <message>
            <source>This PDF is not a family preparation sheet from IEP Desk, so there are no answers to read from it.</source>
            <translation>Este PDF no es una hoja de preparación para la familia de IEP Desk, así que no tiene respuestas que leer.</translation>
        </message>
        <message>
            <source>This preparation sheet was changed after it was made (some of its boxes were renamed or removed), so its answers cannot be matched to the questions. Type the answers in instead.</source>
            <translation>Esta hoja de preparación se cambió después de hacerse (se renombraron o se quitaron algunos de sus recuadros), así que sus respuestas no se pueden emparejar con las preguntas. Escriba las respuestas a mano.</translation>
        </message>
        <message>
            <source>This preparation sheet was made by a newer version of IEP Desk. Update IEP Desk to read it, or type the answers in.</source>
            <translation>Esta hoja de preparación se hizo con una versión más nueva de IEP Desk. Actualice IEP Desk para leerla, o escriba las respuestas a mano.</translation>
        </message>
        <message>
            <source>This preparation sheet belongs to another meeting. Open it from that meeting, or type the answers in here.</source>
            <translation>Esta hoja de preparación pertenece a otra reunión. Ábrala desde esa reunión, o escriba aquí las respuestas a mano.</translation>
        </message>
        <message>
            <source>The times could not be read as weekly times. Write them like “Tue and Thu 3:30 pm-5 pm”, or untick them.</source>
            <translation>No se pudieron leer los horarios como horarios semanales. Escríbalos así: “Tue and Thu 3:30 pm-5 pm”, o desmárquelos.</translation>
        </message>
        <message>
            <source>One of these meetings is no longer a draft (it may have gone to the family), so it was left in place.</source>
            <translation>Una de estas reuniones ya no es un borrador (quizás ya se envió a la familia), así que se dejó como estaba.</translation>
        </message>
        <message>
            <source>Tick at least one person to ask.</source>
            <translation>Marque al menos a una persona.</translation>
        </message>
        <message>
            <source>There is no family member on file for this student, so the times and the contact preference have nowhere to go. Add the parent on the student's Family tab first, or untick those answers.</source>
            <translation>Este estudiante no tiene ningún familiar registrado, así que los horarios y la forma de contacto preferida no tienen dónde guardarse. Primero agregue a la madre o al padre en la pestaña de la familia del estudiante, o desmarque esas respuestas.</translation>
        </message>
        <message>
            <source>Tick at least one answer to file.</source>
            <translation>Marque al menos una respuesta para guardar.</translation>
        </message>
        <message>
            <source>Tick at least one meeting to make a draft of.</source>
            <translation>Marque al menos una reunión para crear su borrador.</translation>
        </message>
        <message>
            <source>Only a draft can be deleted; cancel this meeting instead (it stays on file).</source>
            <translation>Solo se puede eliminar un borrador; cancele esta reunión en su lugar (queda registrada).</translation>
        </message>
        <message>
            <source>Someone has been invited to this meeting or something was recorded for it, so it cannot be deleted; cancel it instead (it stays on file).</source>
            <translation>Ya se invitó a alguien a esta reunión o se registró algo para ella, así que no se puede eliminar; cancélela en su lugar (queda registrada).</translation>
        </message>
        <message>
            <source>{day} is a Saturday. Check the date; keep it if the family agreed to meet that day.</source>
            <translation>El {day} es sábado. Revise la fecha; manténgala si la familia aceptó reunirse ese día.</translation>
        </message>
        <message>
            <source>{day} is a Sunday. Check the date; keep it if the family agreed to meet that day.</source>
            <translation>El {day} es domingo. Revise la fecha; manténgala si la familia aceptó reunirse ese día.</translation>
        </message>
        <message>
            <source>The school is closed on {day} ({reason}). Check the date; keep it if the family agreed to meet that day.</source>
            <translation>La escuela está cerrada el {day} ({reason}). Revise la fecha; manténgala si la familia aceptó reunirse ese día.</translation>
        </message>
        <message>
            <source>The school is closed on {day} (Settings ▸ School calendar). Check the date; keep it if the family agreed to meet that day.</source>
            <translation>La escuela está cerrada el {day} (Configuración ▸ Calendario escolar). Revise la fecha; manténgala si la familia aceptó reunirse ese día.</translation>
        </message>
        <message>
            <source>The meeting starts at {time}, outside the school day ({starts}–{ends}). Check the time; keep it if the family agreed to meet then.</source>
            <translation>La reunión empieza a las {time}, fuera del horario escolar ({starts}–{ends}). Revise la hora; manténgala si la familia aceptó reunirse a esa hora.</translation>
        </message>
        <message>
            <source>{day} is too far from today for a meeting. Choose a day from {first} to {last}; check the year.</source>
            <translation>El {day} está demasiado lejos de hoy para una reunión. Elija un día del {first} al {last}; revise el año.</translation>
        </message>
        <message>
            <source>The school day must end after it starts.</source>
            <translation>El día escolar debe terminar después de empezar.</translation>
        </message>
        <message>
            <source>A default length must be between 1 and {most} minutes.</source>
            <translation>Una duración predeterminada debe estar entre 1 y {most} minutos.</translation>
        </message>
        <message>
            <source>The weeks without a progress contact must be a whole number from 1 to 52.</source>
            <translation>Las semanas sin contacto de avance deben ser un número entero del 1 al 52.</translation>
        </message>
        <message>
            <source>This must be a whole number from {low} to {high}.</source>
            <translation>Debe ser un número entero del {low} al {high}.</translation>
        </message>
        <message>
            <source>A passphrase needs at least {least} characters. A few words you will remember (“violet kettle under the stairs”) are better than a short password.</source>
            <translation>Una frase de contraseña necesita al menos {least} caracteres. Unas palabras que usted recuerde (“tetera violeta bajo la escalera”) son mejores que una contraseña corta.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type the new one twice.</source>
            <translation>Las dos frases de contraseña no son iguales. Escriba la nueva dos veces.</translation>
        </message>
        <message>
            <source>Too many tries that did not open the caseload. Wait {seconds} seconds, then try again.</source>
            <translation>Demasiados intentos sin abrir la lista de casos. Espere {seconds} segundos e intente de nuevo.</translation>
        </message>
        <message>
            <source>“{value}” is not an email address (it should look like name@school.org).</source>
            <translation>“{value}” no es una dirección de correo electrónico (debe verse como nombre@escuela.org).</translation>
        </message>
        <message>
            <source>The legal first name cannot be empty.</source>
            <translation>El nombre legal no puede quedar vacío.</translation>
        </message>
        <message>
            <source>The date of birth cannot be in the future.</source>
            <translation>La fecha de nacimiento no puede ser en el futuro.</translation>
        </message>
        <message>
            <source>With a date of birth of {born}, the student would be {age} today. Check the year: IEP Desk takes students up to {most} years old.</source>
            <translation>Con la fecha de nacimiento {born}, el estudiante tendría hoy {age} años. Revise el año: IEP Desk acepta estudiantes de hasta {most} años.</translation>
        </message>
        <message>
            <source>“{part}” has no times. Write it like “{example}”.</source>
            <translation>“{part}” no tiene horas. Escríbalo así: “{example}”.</translation>
        </message>
        <message>
            <source>“{part}”: write the times as a start and an end, like {example}.</source>
            <translation>“{part}”: escriba una hora de inicio y una de fin, como {example}.</translation>
        </message>
        <message>
            <source>The last IEP meeting cannot be in the future. Plan future meetings in the meeting planner.</source>
            <translation>La última reunión del IEP no puede ser en el futuro. Planifique las reuniones futuras en el planificador de reuniones.</translation>
        </message>
        <message>
            <source>The last IEP meeting cannot come after the annual review due date.</source>
            <translation>La última reunión del IEP no puede ser después de la fecha límite de la revisión anual.</translation>
        </message>
        <message>
            <source>The annual review cannot be due before the last IEP meeting.</source>
            <translation>La revisión anual no puede vencer antes de la última reunión del IEP.</translation>
        </message>
        <message>
            <source>The last evaluation cannot be in the future.</source>
            <translation>La última evaluación no puede ser en el futuro.</translation>
        </message>
        <message>
            <source>The last evaluation cannot come after the re-evaluation due date.</source>
            <translation>La última evaluación no puede ser después de la fecha límite de la reevaluación.</translation>
        </message>
        <message>
            <source>The re-evaluation cannot be due before the last evaluation.</source>
            <translation>La reevaluación no puede vencer antes de la última evaluación.</translation>
        </message>
        <message>
            <source>The family member's name cannot be empty.</source>
            <translation>El nombre del familiar no puede quedar vacío.</translation>
        </message>
        <message>
            <source>The date the contact details were confirmed cannot be in the future.</source>
            <translation>La fecha en que se confirmaron los datos de contacto no puede ser en el futuro.</translation>
        </message>
        <message>
            <source>The team member's name cannot be empty.</source>
            <translation>El nombre del miembro del equipo no puede quedar vacío.</translation>
        </message>
        <message>
            <source>A name may have up to {most} characters; this one has {length}. Shorten it.</source>
            <translation>Un nombre puede tener hasta {most} caracteres; este tiene {length}. Acórtelo.</translation>
        </message>
        <message>
            <source>Write the goal in plain words.</source>
            <translation>Escriba la meta en palabras sencillas.</translation>
        </message>
        <message>
            <source>The target date must come after the baseline date.</source>
            <translation>La fecha del objetivo debe ser posterior a la fecha del punto de partida.</translation>
        </message>
        <message>
            <source>Enter both a baseline and a target, or neither (for a goal measured by a rating).</source>
            <translation>Escriba un punto de partida y un objetivo, o ninguno de los dos (para una meta que se mide con una valoración).</translation>
        </message>
        <message>
            <source>Enter a measured value, a rating or a note.</source>
            <translation>Escriba un valor medido, una valoración o una nota.</translation>
        </message>
        <message>
            <source>Write what the service is.</source>
            <translation>Escriba cuál es el servicio.</translation>
        </message>
        <message>
            <source>Write the accommodation.</source>
            <translation>Escriba la adaptación.</translation>
        </message>
        <message>
            <source>Write who received the IEP at a glance.</source>
            <translation>Escriba quién recibió el Resumen del IEP.</translation>
        </message>
        <message>
            <source>“{value}” is not a number. Enter a number, for example 62 or 0.8.</source>
            <translation>“{value}” no es un número. Escriba un número, por ejemplo 62 o 0.8.</translation>
        </message>
        <message>
            <source>Choose the column that holds the {field}.</source>
            <translation>Elija la columna que contiene: {field}.</translation>
        </message>
        <message>
            <source>Two columns are imported as {field}; choose one.</source>
            <translation>Dos columnas se importan como {field}; elija una.</translation>
        </message>
        <message>
            <source>Row {line}: the {field} “{value}” is not a date.</source>
            <translation>Fila {line}: en {field}, “{value}” no es una fecha.</translation>
        </message>
        <message>
            <source>Row {line}: the {field} “{value}” has a two-digit year; write the year in full (for example 2027).</source>
            <translation>Fila {line}: en {field}, “{value}” tiene el año con dos cifras; escriba el año completo (por ejemplo 2027).</translation>
        </message>
        <message>
            <source>Row {line}: the {field} “{value}” could be read two ways; say whether the day or the month comes first.</source>
            <translation>Fila {line}: en {field}, “{value}” se puede leer de dos maneras; indique si va primero el día o el mes.</translation>
        </message>
        <message>
            <source>Row {line}: the {field} “{value}” is not a number.</source>
            <translation>Fila {line}: en {field}, “{value}” no es un número.</translation>
        </message>
        <message>
            <source>Row {line} has no district student ID.</source>
            <translation>La fila {line} no tiene número de identificación del distrito.</translation>
        </message>
        <message>
            <source>Row {line} has no goal.</source>
            <translation>La fila {line} no tiene meta.</translation>
        </message>
        <message>
            <source>Row {line}: the target date must come after the baseline date.</source>
            <translation>Fila {line}: la fecha del objetivo debe ser posterior a la fecha del punto de partida.</translation>
        </message>
        <message>
            <source>Row {line}: give both a baseline and a target, or neither.</source>
            <translation>Fila {line}: indique un punto de partida y un objetivo, o ninguno de los dos.</translation>
        </message>
        <message>
            <source>Row {line}: no student on the caseload has the district student ID “{district_id}”.</source>
            <translation>Fila {line}: ningún estudiante de la lista de casos tiene el número de identificación del distrito “{district_id}”.</translation>
        </message>
        <message>
            <source>Row {line}: the {field} “{value}” could be read two ways. Write the number without a thousands separator (1200) or with a decimal point (1.2).</source>
            <translation>Fila {line}: en {field}, “{value}” puede leerse de dos maneras. Escriba el número sin separador de miles (1200) o con punto decimal (1.2).</translation>
        </message>
        <message>
            <source>The goal “{goal}” of {student} holds a number that is not a real number (infinity, from an older goals import). Enter its baseline, target and progress values again on the student's “IEP goals and services” tab, then export again. Nothing was exported.</source>
            <translation>La meta “{goal}” de {student} contiene un número que no es un número real (infinito, de una importación de metas anterior). Vuelva a escribir su punto de partida, su objetivo y sus valores de progreso en la pestaña “Metas y servicios del IEP” del estudiante y exporte de nuevo. No se exportó nada.</translation>
        </message>
        <message>
            <source>The caseload holds a number that is not a real number (infinity), so it cannot be written as a full export. The caseload file may be damaged: restore it from a backup, or ask for help. Nothing was exported.</source>
            <translation>La lista de casos contiene un número que no es un número real (infinito), por lo que no se puede escribir como exportación completa. Puede que el archivo de la lista de casos esté dañado: restáurelo desde una copia de seguridad o pida ayuda. No se exportó nada.</translation>
        </message>
        <message>
            <source>The change could not be saved. It is still on your screen; everything saved before is unchanged. Check that the disk is not full and the caseload folder can be written to.</source>
            <translation>No se pudo guardar el cambio. Sigue en su pantalla; todo lo guardado antes está igual. Revise que el disco no esté lleno y que se pueda escribir en la carpeta de la lista de casos.</translation>
        </message>
        <message>
            <source>Another student on the caseload already has this student ID. Each student needs their own; check the number. Nothing else was changed.</source>
            <translation>Otro estudiante de la lista de casos ya tiene este número de identificación. Cada estudiante necesita el suyo; revise el número. No se cambió nada más.</translation>
        </message>
        <message>
            <source>“{part}”: the days run backwards.</source>
            <translation>“{part}”: los días van al revés.</translation>
        </message>
        <message>
            <source>“{part}”: “{day}” is not a day of the week. Use Mon, Tue, Wed, Thu, Fri, Sat or Sun.</source>
            <translation>“{part}”: “{day}” no es un día de la semana. Use lun, mar, mié, jue, vie, sáb o dom.</translation>
        </message>
        <message>
            <source>“{part}” names no day of the week.</source>
            <translation>“{part}” no nombra ningún día de la semana.</translation>
        </message>
        <message>
            <source>“{part}”: the end time must come after the start time.</source>
            <translation>“{part}”: la hora de fin debe ser posterior a la de inicio.</translation>
        </message>
        <message>
            <source>“{part}” has a time that does not exist.</source>
            <translation>“{part}” tiene una hora que no existe.</translation>
        </message>
        <message>
            <source>“{part}” has an hour that does not exist.</source>
            <translation>“{part}” tiene una hora que no existe (use de 1 a 12 con a. m. o p. m.).</translation>
        </message>
        <message>
            <source>The range is empty: its last day ({last}) comes before its first day ({first}).</source>
            <translation>El período está vacío: su último día ({last}) es anterior al primero ({first}).</translation>
        </message>
        <message>
            <source>The meeting must last at least one minute.</source>
            <translation>La reunión debe durar al menos un minuto.</translation>
        </message>
        <message>
            <source>The step between start times must be at least one minute.</source>
            <translation>El intervalo entre horas de inicio debe ser de al menos un minuto.</translation>
        </message>
        <message>
            <source>The school day must end after it starts ({starts}–{ends}).</source>
            <translation>El día escolar debe terminar después de empezar ({starts}–{ends}).</translation>
        </message>
        <message>
            <source>The notice days cannot be below zero.</source>
            <translation>Los días de aviso no pueden ser menos de cero.</translation>
        </message>
        <message>
            <source>The meeting ({minutes} minutes) is longer than the school day ({starts}–{ends}).</source>
            <translation>La reunión ({minutes} minutos) es más larga que el día escolar ({starts}–{ends}).</translation>
        </message>
        <message>
            <source>The due date ({due}) falls before the range ({first} to {last}).</source>
            <translation>La fecha límite ({due}) cae antes del período ({first} a {last}).</translation>
        </message>
        <message>
            <source>All days from {first} to {last} are weekends or closed days.</source>
            <translation>Todos los días del {first} al {last} son fines de semana o días cerrados.</translation>
        </message>
        <message>
            <source>With {days} days' notice the first possible day is {possible}, after the due date ({due}).</source>
            <translation>Con {days} días de aviso, el primer día posible es el {possible}, después de la fecha límite ({due}).</translation>
        </message>
        <message>
            <source>Every school day in the range is before the notice date (send the notice {days} days ahead: the first possible day is {possible}).</source>
            <translation>Todos los días escolares del período son anteriores a la fecha del aviso (envíe el aviso con {days} días de anticipación: el primer día posible es el {possible}).</translation>
        </message>
        <message>
            <source>No school day in the range falls between the notice date ({possible}) and the due date ({due}).</source>
            <translation>Ningún día escolar del período cae entre la fecha del aviso ({possible}) y la fecha límite ({due}).</translation>
        </message>
        <message>
            <source>The times of {person} ({times}) never fall on a school day between {starts} and {ends}.</source>
            <translation>Los horarios de {person} ({times}) nunca caen en un día escolar entre {starts} y {ends}.</translation>
        </message>
        <message>
            <source>The longest time {person} can meet is {longest} minutes, shorter than the {minutes}-minute meeting.</source>
            <translation>El tiempo más largo que {person} puede reunirse es de {longest} minutos, menos que la reunión de {minutes} minutos.</translation>
        </message>
        <message>
            <source>{person} is busy at every time they could meet in this range.</source>
            <translation>{person} está ocupado en todos los horarios en que podría reunirse en este período.</translation>
        </message>
        <message>
            <source>{person} has no free time on the school days in this range.</source>
            <translation>{person} no tiene tiempo libre en los días escolares de este período.</translation>
        </message>
        <message>
            <source>The times of {person} never overlap those of any other required person in this range.</source>
            <translation>Los horarios de {person} nunca coinciden con los de ninguna otra persona necesaria en este período.</translation>
        </message>
        <message>
            <source>The times of {first} never overlap those of {second} in this range.</source>
            <translation>Los horarios de {first} nunca coinciden con los de {second} en este período.</translation>
        </message>
        <message>
            <source>{person} is busy at every time the others are free.</source>
            <translation>{person} está ocupado en todos los horarios en que los demás están libres.</translation>
        </message>
        <message>
            <source>The times of {person} never overlap the times when all the others are free.</source>
            <translation>Los horarios de {person} nunca coinciden con los horarios en que todos los demás están libres.</translation>
        </message>
        <message>
            <source>There is no time in this range when all {count} required people are free together.</source>
            <translation>No hay ningún horario en este período en que las {count} personas necesarias estén libres a la vez.</translation>
        </message>
        <message>
            <source>Plan a shorter meeting, or split it into two.</source>
            <translation>Planifique una reunión más corta, o divídala en dos.</translation>
        </message>
        <message>
            <source>Check the due date. If it is right, talk with your district about holding the meeting late, and send the notice today.</source>
            <translation>Revise la fecha límite. Si es correcta, hable con su distrito sobre hacer la reunión tarde, y envíe el aviso hoy.</translation>
        </message>
        <message>
            <source>Search days before the due date ({due}), or check the due date.</source>
            <translation>Busque días antes de la fecha límite ({due}), o revise la fecha límite.</translation>
        </message>
        <message>
            <source>Search a longer range.</source>
            <translation>Busque en un período más largo.</translation>
        </message>
        <message>
            <source>Search a longer range, from {start} on.</source>
            <translation>Busque en un período más largo, desde el {start}.</translation>
        </message>
        <message>
            <source>Search a longer range: from {start} up to the due date ({due}).</source>
            <translation>Busque en un período más largo: desde el {start} hasta la fecha límite ({due}).</translation>
        </message>
        <message>
            <source>Ask {person} for more times they can meet.</source>
            <translation>Pídale a {person} más horarios en que pueda reunirse.</translation>
        </message>
        <message>
            <source>Ask {person} whether a busy time can move.</source>
            <translation>Pregúntele a {person} si se puede mover una hora ocupada.</translation>
        </message>
        <message>
            <source>Ask {person} for other times they can meet, and offer a phone or video call if coming to school is what makes it hard.</source>
            <translation>Pídale a {person} otros horarios en que pueda reunirse, y ofrezca una llamada o videollamada si lo difícil es venir a la escuela.</translation>
        </message>
        <message>
            <source>Let {person} join by phone or video, or make them optional (excusing a required team member needs the parent's written consent).</source>
            <translation>Permita que {person} participe por teléfono o video, o márquelo como opcional (dispensar a un miembro necesario del equipo requiere el consentimiento escrito de los padres).</translation>
        </message>
        <message>
            <source>Make someone optional, or let someone join by phone or video.</source>
            <translation>Marque a alguien como opcional, o permita que alguien participe por teléfono o video.</translation>
        </message>
        <message>
            <source>Look at the near misses: at those times only one or two people cannot come.</source>
            <translation>Mire los horarios casi posibles: a esas horas solo una o dos personas no pueden venir.</translation>
        </message>
        <message>
            <source>Grade {grade}: aim for grade {low} to {high}.</source>
            <translation>Grado {grade}: procure el grado {low} a {high}.</translation>
        </message>
        <message>
            <source>Sentence {number} has {words} words: split it.</source>
            <translation>La oración {number} tiene {words} palabras: divídala.</translation>
        </message>
        <message>
            <source>Explain or replace the terms a family may not know: {terms}.</source>
            <translation>Explique o reemplace los términos que una familia quizá no conozca: {terms}.</translation>
        </message>
        <message>
            <source>“{value}” is not a field IEP Desk can import.</source>
            <translation>“{value}” no es un campo que IEP Desk pueda importar.</translation>
        </message>
        <message>
            <source>Two columns are both set to “{field}”; choose one.</source>
            <translation>Dos columnas están asignadas a “{field}”; elija una.</translation>
        </message>
        <message>
            <source>Choose the column that holds the students' first names (or their whole names).</source>
            <translation>Elija la columna que tiene los nombres de los estudiantes (o sus nombres completos).</translation>
        </message>
        <message>
            <source>{field} {value} is not a date</source>
            <translation>{field} {value} no es una fecha</translation>
        </message>
        <message>
            <source>{field} {value} has a two-digit year; write the year in full (for example 2015)</source>
            <translation>{field} {value} tiene el año con dos cifras; escriba el año completo (por ejemplo, 2015)</translation>
        </message>
        <message>
            <source>{field} {value} could be read two ways; say whether the day or the month comes first</source>
            <translation>{field} {value} puede leerse de dos maneras; indique si va primero el día o el mes</translation>
        </message>
        <message>
            <source>{field} {value} is not a date when read month first (MM/DD/YYYY), like the other dates in the file</source>
            <translation>{field} {value} no es una fecha si se lee con el mes primero (MM/DD/AAAA), como las demás fechas del archivo</translation>
        </message>
        <message>
            <source>{field} {value} is not a date when read day first (DD/MM/YYYY), like the other dates in the file</source>
            <translation>{field} {value} no es una fecha si se lee con el día primero (DD/MM/AAAA), como las demás fechas del archivo</translation>
        </message>
        <message>
            <source>{field} “{value}” is not one of: {choices}</source>
            <translation>{field} “{value}” no es ninguno de estos valores: {choices}</translation>
        </message>
        <message>
            <source>language “{value}” is not one IEP Desk knows; write its name in English (for example Spanish) or its code (es)</source>
            <translation>IEP Desk no conoce el idioma “{value}”; escriba su nombre en inglés (por ejemplo, Spanish) o su código (es)</translation>
        </message>
        <message>
            <source>the legal first name is empty</source>
            <translation>falta el nombre legal</translation>
        </message>
        <message>
            <source>the {field} has {length} characters; a name may have up to {most}</source>
            <translation>{field} tiene {length} caracteres; un nombre puede tener hasta {most}</translation>
        </message>
        <message>
            <source>the parent/guardian's details are given but not their name</source>
            <translation>están los datos del padre, la madre o el tutor, pero no su nombre</translation>
        </message>
        <message>
            <source>{check}</source>
            <translation>{check}</translation>
        </message>
        <message>
            <source>{count} values beyond the last named column are not imported: {values}</source>
            <translation>{count} valores después de la última columna con nombre no se importan: {values}</translation>
        </message>
        <message>
            <source>1 value beyond the last named column is not imported: {values}</source>
            <translation>1 valor después de la última columna con nombre no se importa: {values}</translation>
        </message>
        <message>
            <source>primary disability “{value}” is not one of the IDEA categories; saved as Other</source>
            <translation>la discapacidad principal “{value}” no es una de las categorías de IDEA; se guarda como “Otro”</translation>
        </message>
        <message>
            <source>the same student ID as row {row}; keep one of the two rows</source>
            <translation>el mismo ID de estudiante que la fila {row}; conserve solo una de las dos filas</translation>
        </message>
        <message>
            <source>the same name and date of birth as row {row}; keep one of the two rows</source>
            <translation>el mismo nombre y fecha de nacimiento que la fila {row}; conserve solo una de las dos filas</translation>
        </message>
        <message>
            <source>student ID {id} belongs to {names} on file; give one of them another ID in the caseload first</source>
            <translation>el ID de estudiante {id} pertenece a {names} en el archivo; primero dé otro ID a uno de ellos en la lista de casos</translation>
        </message>
        <message>
            <source>this student is archived; they stay archived</source>
            <translation>este estudiante está archivado; seguirá archivado</translation>
        </message>
        <message>
            <source>changes {fields}</source>
            <translation>cambia: {fields}</translation>
        </message>
        <message>
            <source>This was removed meanwhile (perhaps by Undo), so the change was not made.</source>
            <translation>Esto se quitó mientras tanto (quizás con Deshacer), así que no se hizo el cambio.</translation>
        </message>
    </context>
    <context>
        <name>ProgressReportsPage</name>
        <message>
            <source>Progress-report dates</source>
            <translation>Fechas de los informes de progreso</translation>
        </message>
        <message>
            <source>The dates progress reports go home (often with report cards). As each one comes near, Due soon lists the goals with no progress note since the report before it.</source>
            <translation>Las fechas en que los informes de progreso se envían a casa (a menudo con las boletas de calificaciones). Cuando se acerca cada una, Vence pronto muestra las metas sin nota de progreso desde el informe anterior.</translation>
        </message>
        <message>
            <source>Date to add</source>
            <translation>Fecha para agregar</translation>
        </message>
        <message>
            <source>&amp;Add date</source>
            <translation>&amp;Agregar fecha</translation>
        </message>
        <message>
            <source>Add the date</source>
            <translation>Agregar la fecha</translation>
        </message>
        <message>
            <source>&amp;Remove date</source>
            <translation>&amp;Quitar fecha</translation>
        </message>
        <message>
            <source>Remove the chosen date</source>
            <translation>Quitar la fecha elegida</translation>
        </message>
        <message>
            <source>Type the date to add, or pick it from the calendar.</source>
            <translation>Escriba la fecha que quiere agregar, o elíjala en el calendario.</translation>
        </message>
        <message>
            <source>Add a progress-report date</source>
            <translation>Agregar una fecha de informe de progreso</translation>
        </message>
        <message>
            <source>Remove a progress-report date</source>
            <translation>Quitar una fecha de informe de progreso</translation>
        </message>
    </context>
    <context>
        <name>Protection</name>
        <message>
            <source>Current passphrase</source>
            <translation>Frase de contraseña actual</translation>
        </message>
        <message>
            <source>&amp;Current passphrase:</source>
            <translation>Frase de contraseña ac&amp;tual:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Repita la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>New passphrase &amp;again:</source>
            <translation>&amp;Repita la nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>Your recovery code</source>
            <translation>Su código de recuperación</translation>
        </message>
        <message>
            <source>Write this code down or print it now, and keep it somewhere safe away from this computer (with your other important papers). It is shown only this once. If you forget the passphrase, this code is the only way back into the caseload.</source>
            <translation>Anote este código o imprímalo ahora, y guárdelo en un lugar seguro, lejos de esta computadora (con sus otros papeles importantes). Solo se muestra esta vez. Si olvida la frase de contraseña, este código es la única manera de volver a entrar en la lista de casos.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Imprimir…</translation>
        </message>
        <message>
            <source>Print the recovery code</source>
            <translation>Imprimir el código de recuperación</translation>
        </message>
        <message>
            <source>I have &amp;kept it safe</source>
            <translation>Ya lo &amp;guardé en un lugar seguro</translation>
        </message>
        <message>
            <source>I have kept it safe</source>
            <translation>Ya lo guardé en un lugar seguro</translation>
        </message>
        <message>
            <source>IEP Desk: recovery code for your caseload</source>
            <translation>IEP Desk: código de recuperación de su lista de casos</translation>
        </message>
        <message>
            <source>This code opens your protected caseload when the passphrase is forgotten: start IEP Desk, choose “Forgot the passphrase?”, type the code and choose a new passphrase. Keep this page somewhere safe, away from the computer.</source>
            <translation>Este código abre su lista de casos protegida si olvida la frase de contraseña: inicie IEP Desk, elija “¿Olvidó la frase de contraseña?”, escriba el código y elija una nueva frase de contraseña. Guarde esta página en un lugar seguro, lejos de la computadora.</translation>
        </message>
        <message>
            <source>Protect this caseload</source>
            <translation>Proteger esta lista de casos</translation>
        </message>
        <message>
            <source>Protect this caseload with a passphrase?</source>
            <translation>¿Proteger esta lista de casos con una frase de contraseña?</translation>
        </message>
        <message>
            <source>Everything IEP Desk keeps (the caseload, its backups) is then encrypted: without your passphrase nobody can read it, even with the laptop or the USB stick in hand. You type the passphrase when IEP Desk starts, and after it locked itself when you were away.

You also get a recovery code, shown once, to print or write down. If you forget the passphrase AND lose the recovery code, nobody can open the caseload again: not you, not your IT team, not the makers of IEP Desk.</source>
            <translation>Todo lo que guarda IEP Desk (la lista de casos y sus copias de seguridad) queda cifrado: sin su frase de contraseña nadie puede leerlo, aunque tenga en la mano la computadora portátil o la memoria USB. Usted escribe la frase de contraseña al iniciar IEP Desk, y cuando IEP Desk se bloqueó solo mientras usted no estaba.

También recibe un código de recuperación, que se muestra una sola vez, para imprimirlo o anotarlo. Si olvida la frase de contraseña Y pierde el código de recuperación, nadie podrá volver a abrir la lista de casos: ni usted, ni su equipo de informática, ni los creadores de IEP Desk.</translation>
        </message>
        <message>
            <source>&amp;Choose a passphrase…</source>
            <translation>&amp;Elegir una frase de contraseña…</translation>
        </message>
        <message>
            <source>Choose a passphrase</source>
            <translation>Elegir una frase de contraseña</translation>
        </message>
        <message>
            <source>A few words you will remember, at least 8 characters; longer is safer.</source>
            <translation>Unas palabras que usted recuerde, de al menos 8 caracteres; cuanto más larga, más segura.</translation>
        </message>
        <message>
            <source>The caseload is protected with your passphrase.</source>
            <translation>La lista de casos está protegida con su frase de contraseña.</translation>
        </message>
        <message>
            <source>That passphrase does not open this caseload.</source>
            <translation>Esa frase de contraseña no abre esta lista de casos.</translation>
        </message>
        <message>
            <source>Turn protection off</source>
            <translation>Quitar la protección</translation>
        </message>
        <message>
            <source>Without protection, anyone who can open the caseload's folder can read it. Its backups made while it was protected stay protected. Type the passphrase to go on.</source>
            <translation>Sin protección, cualquiera que pueda abrir la carpeta de la lista de casos puede leerla. Las copias de seguridad hechas mientras estaba protegida siguen protegidas. Escriba la frase de contraseña para continuar.</translation>
        </message>
        <message>
            <source>The caseload is no longer protected.</source>
            <translation>La lista de casos ya no está protegida.</translation>
        </message>
        <message>
            <source>Change the passphrase</source>
            <translation>Cambiar la frase de contraseña</translation>
        </message>
        <message>
            <source>The caseload is not re-encrypted; its backups open with the new passphrase too. Your recovery code stays the same.</source>
            <translation>La lista de casos no se vuelve a cifrar; sus copias de seguridad también se abren con la nueva frase de contraseña. Su código de recuperación sigue siendo el mismo.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Se cambió la frase de contraseña.</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Protección</translation>
        </message>
        <message>
            <source>&amp;Protect this caseload with a passphrase…</source>
            <translation>&amp;Proteger esta lista de casos con una frase de contraseña…</translation>
        </message>
        <message>
            <source>&amp;Change the passphrase…</source>
            <translation>Ca&amp;mbiar la frase de contraseña…</translation>
        </message>
        <message>
            <source>&amp;Turn protection off…</source>
            <translation>&amp;Quitar la protección…</translation>
        </message>
        <message>
            <source>Lock after this many idle minutes</source>
            <translation>Bloquear tras estos minutos sin actividad</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Lock after this many idle minutes:</source>
            <translation>&amp;Bloquear tras estos minutos sin actividad:</translation>
        </message>
        <message>
            <source>A protected caseload's window locks itself when you have not touched it for this long, and on File ▸ Lock (Ctrl+L): what you typed is saved, and the passphrase brings you back to where you were.</source>
            <translation>La ventana de una lista de casos protegida se bloquea sola cuando usted no la toca durante este tiempo, y con Archivo ▸ Bloquear (Ctrl+L): lo que escribió se guarda, y la frase de contraseña lo lleva de vuelta a donde estaba.</translation>
        </message>
        <message>
            <source>This caseload is protected with a passphrase: it and its backups are encrypted.</source>
            <translation>Esta lista de casos está protegida con una frase de contraseña: ella y sus copias de seguridad están cifradas.</translation>
        </message>
        <message>
            <source>This caseload is not protected: anyone who can open its folder, or copies it, can read it.</source>
            <translation>Esta lista de casos no está protegida: cualquiera que pueda abrir su carpeta, o que la copie, puede leerla.</translation>
        </message>
        <message>
            <source>It travels on a USB stick: protecting it is strongly suggested.</source>
            <translation>Va en una memoria USB: se recomienda mucho protegerla.</translation>
        </message>
        <message>
            <source>&amp;Protection…</source>
            <translation>&amp;Protección…</translation>
        </message>
        <message>
            <source>Protect the caseload with a passphrase, and the idle lock</source>
            <translation>Proteger la lista de casos con una frase de contraseña, y el bloqueo por inactividad</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Choose the backup to go back to. Your caseload as it is now is backed up first, so you can always come back to it.</source>
            <translation>Elija la copia de seguridad a la que quiere volver. Primero se hace una copia de su lista de casos tal como está ahora, así que siempre puede regresar a ella.</translation>
        </message>
        <message>
            <source>Backups: copies kept from before a restore or an update first, then newest first</source>
            <translation>Copias de seguridad: primero las guardadas antes de una restauración o actualización, luego las más recientes</translation>
        </message>
        <message>
            <source>What the chosen backup holds</source>
            <translation>Lo que contiene la copia elegida</translation>
        </message>
        <message>
            <source>Choose &amp;another file…</source>
            <translation>Elegir &amp;otro archivo…</translation>
        </message>
        <message>
            <source>Choose another backup file</source>
            <translation>Elegir otro archivo de copia de seguridad</translation>
        </message>
        <message>
            <source>Enter the backup's &amp;passphrase…</source>
            <translation>Escribir la &amp;frase de contraseña de la copia…</translation>
        </message>
        <message>
            <source>Enter the passphrase of the chosen backup</source>
            <translation>Escribir la frase de contraseña de la copia elegida</translation>
        </message>
        <message>
            <source>Re&amp;move this copy…</source>
            <translation>&amp;Quitar esta copia…</translation>
        </message>
        <message>
            <source>Remove this kept copy</source>
            <translation>Quitar esta copia guardada</translation>
        </message>
        <message>
            <source>Copies kept from before a restore or an update stay until you remove them</source>
            <translation>Las copias guardadas antes de una restauración o actualización se quedan hasta que usted las quite</translation>
        </message>
        <message>
            <source>&amp;Restore this backup</source>
            <translation>&amp;Restaurar esta copia</translation>
        </message>
        <message>
            <source>Restore this backup</source>
            <translation>Restaurar esta copia</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Copy kept from before a restore, %1</source>
            <translation>Copia guardada antes de una restauración, %1</translation>
        </message>
        <message>
            <source>Copy kept from before an update, %1</source>
            <translation>Copia guardada antes de una actualización, %1</translation>
        </message>
        <message>
            <source>%1: protected with a passphrase</source>
            <translation>%1: protegida con una frase de contraseña</translation>
        </message>
        <message>
            <source>%1: cannot be restored</source>
            <translation>%1: no se puede restaurar</translation>
        </message>
        <message>
            <source>There are no backups yet. Use “Choose another file…” to restore a copy kept elsewhere.</source>
            <translation>Todavía no hay copias de seguridad. Use “Elegir otro archivo…” para restaurar una copia guardada en otro lugar.</translation>
        </message>
        <message>
            <source>This backup is protected with the passphrase your caseload had when it was saved. Enter that passphrase to see what it holds and to restore it.</source>
            <translation>Esta copia está protegida con la frase de contraseña que tenía su lista de casos cuando se guardó. Escriba esa frase de contraseña para ver lo que contiene y restaurarla.</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Frase de contraseña de la copia</translation>
        </message>
        <message>
            <source>The passphrase your caseload had when this backup was saved:</source>
            <translation>La frase de contraseña que tenía su lista de casos cuando se guardó esta copia:</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Nothing was changed.</source>
            <translation>Esa frase de contraseña no abre esta copia. No se cambió nada.</translation>
        </message>
        <message>
            <source>Choose a backup file</source>
            <translation>Elegir un archivo de copia de seguridad</translation>
        </message>
        <message>
            <source>IEP Desk backups (*.sqlite);;All files (*)</source>
            <translation>Copias de seguridad de IEP Desk (*.sqlite);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>Remove this copy?</source>
            <translation>¿Quitar esta copia?</translation>
        </message>
        <message>
            <source>Remove the copy of your caseload saved %1 (%2)? It cannot be brought back.

%3</source>
            <translation>¿Quitar la copia de su lista de casos guardada el %1 (%2)? No se podrá recuperar.

%3</translation>
        </message>
        <message>
            <source>The copy was not removed</source>
            <translation>No se quitó la copia</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia?</translation>
        </message>
        <message>
            <source>Replace your caseload with the backup saved %1 (%2)?

Your caseload as it is now is backed up first. IEP Desk then reopens the caseload.</source>
            <translation>¿Reemplazar su lista de casos con la copia guardada el %1 (%2)?

Primero se hace una copia de su lista de casos tal como está ahora. Luego IEP Desk vuelve a abrir la lista de casos.</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message>
            <source>no date</source>
            <translation>sin fecha</translation>
        </message>
        <message>
            <source>%s (overdue)</source>
            <translation>%s (vencida)</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Hecho</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Vence</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Hecha el</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Action plan</source>
            <translation>Plan de acción</translation>
        </message>
        <message>
            <source>What is to be done</source>
            <translation>Lo que hay que hacer</translation>
        </message>
        <message>
            <source>New action: what is to be done</source>
            <translation>Tarea nueva: lo que hay que hacer</translation>
        </message>
        <message>
            <source>New action: who will do it</source>
            <translation>Tarea nueva: quién la hará</translation>
        </message>
        <message>
            <source>Due (%1)</source>
            <translation>Vence (%1)</translation>
        </message>
        <message>
            <source>New action: due date</source>
            <translation>Tarea nueva: fecha límite</translation>
        </message>
        <message>
            <source>Note (optional)</source>
            <translation>Nota (opcional)</translation>
        </message>
        <message>
            <source>New action: note</source>
            <translation>Tarea nueva: nota</translation>
        </message>
        <message>
            <source>a new action</source>
            <translation>una acción nueva</translation>
        </message>
        <message>
            <source>Add act&amp;ion</source>
            <translation>A&amp;gregar tarea</translation>
        </message>
        <message>
            <source>Add action</source>
            <translation>Agregar tarea</translation>
        </message>
        <message>
            <source>Remove action</source>
            <translation>Quitar tarea</translation>
        </message>
        <message>
            <source>Remove the selected action</source>
            <translation>Quitar la tarea seleccionada</translation>
        </message>
        <message>
            <source>New action</source>
            <translation>Tarea nueva</translation>
        </message>
        <message>
            <source>Tick an action when it is done: the day is recorded. F2 edits a cell.</source>
            <translation>Marque una tarea cuando esté hecha: se registra el día. F2 edita una celda.</translation>
        </message>
        <message>
            <source>Who will do it?</source>
            <translation>¿Quién la hará?</translation>
        </message>
        <message>
            <source>Mark “%s” %s</source>
            <translation>Marcar “%s” %s</translation>
        </message>
        <message>
            <source>Who does “%s”</source>
            <translation>Quién hace “%s”</translation>
        </message>
        <message>
            <source>Edit action “%s”</source>
            <translation>Editar la tarea “%s”</translation>
        </message>
        <message>
            <source>Add action “%s”</source>
            <translation>Agregar la tarea “%s”</translation>
        </message>
        <message>
            <source>Select the action to remove.</source>
            <translation>Seleccione la tarea que quiere quitar.</translation>
        </message>
        <message>
            <source>Remove action “%s”</source>
            <translation>Quitar la tarea “%s”</translation>
        </message>
        <message>
            <source>✔ Closed: everything after the meeting is done.</source>
            <translation>✔ Cerrada: todo lo de después de la reunión está hecho.</translation>
        </message>
        <message>
            <source>Not closed yet: %d of %d done. Still to do: %s.</source>
            <translation>Sin cerrar todavía: %d de %d hechas. Falta por hacer: %s.</translation>
        </message>
        <message>
            <source>Prior written notice</source>
            <translation>Notificación previa por escrito</translation>
        </message>
        <message>
            <source>Closed or not</source>
            <translation>Cerrada o no</translation>
        </message>
        <message>
            <source>On (empty: today)</source>
            <translation>El (vacío: hoy)</translation>
        </message>
        <message>
            <source>How, or a note</source>
            <translation>Cómo, o una nota</translation>
        </message>
        <message>
            <source>Date done: %s</source>
            <translation>Fecha en que se hizo: %s</translation>
        </message>
        <message>
            <source>Note: %s</source>
            <translation>Nota: %s</translation>
        </message>
        <message>
            <source>Sent the prior written notice (due %s)</source>
            <translation>Notificación previa por escrito enviada (vence el %s)</translation>
        </message>
        <message>
            <source>⚠ The family disagreed, or the school turned down what they asked: the parents are owed prior written notice by %s (what was proposed or refused, why, what else was considered, and their rights).</source>
            <translation>⚠ La familia no estuvo de acuerdo, o la escuela rechazó lo que pidió: los padres deben recibir la notificación previa por escrito a más tardar el %s (lo que se propuso o se rechazó, por qué, qué otras opciones se consideraron y sus derechos).</translation>
        </message>
        <message>
            <source>Tick “%s”</source>
            <translation>Marcar “%s”</translation>
        </message>
        <message>
            <source>Clear “%s”</source>
            <translation>Desmarcar “%s”</translation>
        </message>
        <message>
            <source>Note on “%s”</source>
            <translation>Nota sobre “%s”</translation>
        </message>
        <message>
            <source>Change “%s”</source>
            <translation>Cambiar “%s”</translation>
        </message>
        <message>
            <source>Who came</source>
            <translation>Quiénes vinieron</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Cargo</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>Asistencia</translation>
        </message>
        <message>
            <source>Type a name and press Enter to mark them present</source>
            <translation>Escriba un nombre y presione Enter para marcarlo presente</translation>
        </message>
        <message>
            <source>Mark present by name</source>
            <translation>Marcar presente por nombre</translation>
        </message>
        <message>
            <source>someone to mark present</source>
            <translation>alguien para marcar como presente</translation>
        </message>
        <message>
            <source>Mark present</source>
            <translation>Marcar presente</translation>
        </message>
        <message>
            <source>Everyone not recorded: present</source>
            <translation>Todos los no registrados: presentes</translation>
        </message>
        <message>
            <source>Mark everyone not recorded as present</source>
            <translation>Marcar presentes a todos los no registrados</translation>
        </message>
        <message>
            <source>Name of the person who came unannounced</source>
            <translation>Nombre de la persona que vino sin aviso</translation>
        </message>
        <message>
            <source>someone who came unannounced</source>
            <translation>alguien que vino sin aviso</translation>
        </message>
        <message>
            <source>Role of the person who came unannounced</source>
            <translation>Cargo de la persona que vino sin aviso</translation>
        </message>
        <message>
            <source>How the person who came unannounced took part</source>
            <translation>Cómo participó la persona que vino sin aviso</translation>
        </message>
        <message>
            <source>Add t&amp;o the meeting</source>
            <translation>Agregar a &amp;la reunión</translation>
        </message>
        <message>
            <source>Add the person who came unannounced</source>
            <translation>Agregar a la persona que vino sin aviso</translation>
        </message>
        <message>
            <source>Someone who came without being invited</source>
            <translation>Alguien que vino sin ser invitado</translation>
        </message>
        <message>
            <source>Attendance summary</source>
            <translation>Resumen de asistencia</translation>
        </message>
        <message>
            <source>Attendance: %s</source>
            <translation>Asistencia: %s</translation>
        </message>
        <message>
            <source>This person is not on the meeting's list. Add them below as someone who came without being invited, then record how they took part.</source>
            <translation>Esta persona no está en la lista de la reunión. Agréguela abajo como alguien que vino sin ser invitado y luego registre cómo participó.</translation>
        </message>
        <message>
            <source>Attendance of %s</source>
            <translation>Asistencia de %s</translation>
        </message>
        <message>
            <source>Type the name of the person who came.</source>
            <translation>Escriba el nombre de la persona que vino.</translation>
        </message>
        <message>
            <source>“%s” was not invited to this meeting, so their attendance cannot be recorded yet. Add them below as someone who came without being invited (name and role).</source>
            <translation>“%s” no fue invitado a esta reunión, así que todavía no se puede registrar su asistencia. Agréguelo abajo como alguien que vino sin ser invitado (nombre y cargo).</translation>
        </message>
        <message>
            <source>More than one person matches “%s”: %s. Type more of the name.</source>
            <translation>Más de una persona coincide con “%s”: %s. Escriba más del nombre.</translation>
        </message>
        <message>
            <source>%s is already on this meeting's list. Record how they took part in the list above.</source>
            <translation>%s ya está en la lista de esta reunión. Registre cómo participó en la lista de arriba.</translation>
        </message>
        <message>
            <source>Add %s to the meeting</source>
            <translation>Agregar a %s a la reunión</translation>
        </message>
        <message>
            <source>Not recorded yet</source>
            <translation>Sin registrar todavía</translation>
        </message>
        <message>
            <source>Present</source>
            <translation>Presente</translation>
        </message>
        <message>
            <source>Absent</source>
            <translation>Ausente</translation>
        </message>
        <message>
            <source>Excused</source>
            <translation>Dispensado</translation>
        </message>
        <message>
            <source>Joined by phone or video</source>
            <translation>Participó por teléfono o video</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Pendiente</translation>
        </message>
        <message>
            <source>Dropped</source>
            <translation>Descartada</translation>
        </message>
        <message>
            <source>Keep doing it</source>
            <translation>Seguir haciéndolo</translation>
        </message>
        <message>
            <source>Stop doing it</source>
            <translation>Dejar de hacerlo</translation>
        </message>
        <message>
            <source>Brings anger</source>
            <translation>Causa enojo</translation>
        </message>
        <message>
            <source>Brings joy</source>
            <translation>Causa alegría</translation>
        </message>
        <message>
            <source>Sensitive</source>
            <translation>Delicado</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>The family</source>
            <translation>La familia</translation>
        </message>
        <message>
            <source>New: %s</source>
            <translation>Nuevo: %s</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Agregar</translation>
        </message>
        <message>
            <source>Add to %s</source>
            <translation>Agregar a %s</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <source>Remove from %s</source>
            <translation>Quitar de %s</translation>
        </message>
        <message>
            <source>Ideas for home</source>
            <translation>Ideas para la casa</translation>
        </message>
        <message>
            <source>What the family can do at home</source>
            <translation>Lo que la familia puede hacer en casa</translation>
        </message>
        <message>
            <source>Or write your own idea for home</source>
            <translation>O escriba su propia idea para la casa</translation>
        </message>
        <message>
            <source>an idea for home</source>
            <translation>una idea para la casa</translation>
        </message>
        <message>
            <source>Your saved ideas for home</source>
            <translation>Sus ideas para la casa guardadas</translation>
        </message>
        <message>
            <source>Add fr&amp;om my list</source>
            <translation>Agregar de mi &amp;lista</translation>
        </message>
        <message>
            <source>Add the chosen idea from your list</source>
            <translation>Agregar la idea elegida de su lista</translation>
        </message>
        <message>
            <source>Also save it to my list</source>
            <translation>Guardarla también en mi lista</translation>
        </message>
        <message>
            <source>Also save the idea to my list</source>
            <translation>Guardar la idea también en mi lista</translation>
        </message>
        <message>
            <source>From your list:</source>
            <translation>De su lista:</translation>
        </message>
        <message>
            <source>What the family brought to the meeting</source>
            <translation>Lo que la familia trajo a la reunión</translation>
        </message>
        <message>
            <source>What the family shared or brought</source>
            <translation>Lo que la familia compartió o trajo</translation>
        </message>
        <message>
            <source>e.g. Told us mornings go better after a short walk</source>
            <translation>p. ej., Nos contaron que las mañanas van mejor después de una caminata corta</translation>
        </message>
        <message>
            <source>what the family brought</source>
            <translation>lo que aportó la familia</translation>
        </message>
        <message>
            <source>The thank-you letter thanks the family for what is written here.</source>
            <translation>La carta de agradecimiento le agradece a la familia lo que está escrito aquí.</translation>
        </message>
        <message>
            <source>Edit an idea for home</source>
            <translation>Editar una idea para la casa</translation>
        </message>
        <message>
            <source>Add an idea for home</source>
            <translation>Agregar una idea para la casa</translation>
        </message>
        <message>
            <source>Your list of ideas is empty. Write an idea and tick “Also save it to my list”.</source>
            <translation>Su lista de ideas está vacía. Escriba una idea y marque “Guardarla también en mi lista”.</translation>
        </message>
        <message>
            <source>Remove an idea for home</source>
            <translation>Quitar una idea para la casa</translation>
        </message>
        <message>
            <source>Edit what the family brought</source>
            <translation>Editar lo que trajo la familia</translation>
        </message>
        <message>
            <source>Add what the family brought</source>
            <translation>Agregar lo que trajo la familia</translation>
        </message>
        <message>
            <source>Remove what the family brought</source>
            <translation>Quitar lo que trajo la familia</translation>
        </message>
        <message>
            <source>Select the line to remove.</source>
            <translation>Seleccione la línea que quiere quitar.</translation>
        </message>
        <message>
            <source>What worked, or what did not</source>
            <translation>Lo que funcionó o lo que no</translation>
        </message>
        <message>
            <source>Next time</source>
            <translation>La próxima vez</translation>
        </message>
        <message>
            <source>What worked and what did not</source>
            <translation>Lo que funcionó y lo que no</translation>
        </message>
        <message>
            <source>e.g. Greeting the family at the door helped</source>
            <translation>p. ej., Recibir a la familia en la puerta ayudó</translation>
        </message>
        <message>
            <source>New reflection</source>
            <translation>Reflexión nueva</translation>
        </message>
        <message>
            <source>a new reflection</source>
            <translation>una reflexión nueva</translation>
        </message>
        <message>
            <source>Keep doing it or stop</source>
            <translation>Seguir haciéndolo o dejarlo</translation>
        </message>
        <message>
            <source>Add reflect&amp;ion</source>
            <translation>A&amp;gregar reflexión</translation>
        </message>
        <message>
            <source>Add reflection</source>
            <translation>Agregar reflexión</translation>
        </message>
        <message>
            <source>Remove the selected reflection</source>
            <translation>Quitar la reflexión seleccionada</translation>
        </message>
        <message>
            <source>What worked and what did not (private; the planner shows it when the next meeting is prepared)</source>
            <translation>Lo que funcionó y lo que no (privado; el planificador lo muestra al preparar la próxima reunión)</translation>
        </message>
        <message>
            <source>Written on</source>
            <translation>Escrita el</translation>
        </message>
        <message>
            <source>Topic</source>
            <translation>Tema</translation>
        </message>
        <message>
            <source>Feeling</source>
            <translation>Sentimiento</translation>
        </message>
        <message>
            <source>What helps</source>
            <translation>Lo que ayuda</translation>
        </message>
        <message>
            <source>Tip file (private)</source>
            <translation>Notas sobre la familia (privadas)</translation>
        </message>
        <message>
            <source>The day the tip was written (%1 or YYYY-MM-DD); empty means today.</source>
            <translation>El día en que se escribió la nota (%1 o AAAA-MM-DD); vacío significa hoy.</translation>
        </message>
        <message>
            <source>New tip: date</source>
            <translation>Nota nueva: fecha</translation>
        </message>
        <message>
            <source>Topic, e.g. last year's school</source>
            <translation>Tema, p. ej., la escuela del año pasado</translation>
        </message>
        <message>
            <source>New tip: topic</source>
            <translation>Nota nueva: tema</translation>
        </message>
        <message>
            <source>New tip: what the topic brings</source>
            <translation>Nota nueva: lo que causa el tema</translation>
        </message>
        <message>
            <source>New tip: what helps</source>
            <translation>Nota nueva: lo que ayuda</translation>
        </message>
        <message>
            <source>a new tip</source>
            <translation>un consejo nuevo</translation>
        </message>
        <message>
            <source>Add tip</source>
            <translation>Agregar nota</translation>
        </message>
        <message>
            <source>Remove the selected tip</source>
            <translation>Quitar la nota seleccionada</translation>
        </message>
        <message>
            <source>Private: printed only on your confidential prep sheet, never sent to the family. Read it before the next meeting.</source>
            <translation>Privado: se imprime solo en su hoja de preparación confidencial, nunca se envía a la familia. Léalo antes de la próxima reunión.</translation>
        </message>
        <message>
            <source>Tip file about %s and the family (private)</source>
            <translation>Notas sobre %s y la familia (privadas)</translation>
        </message>
        <message>
            <source>Edit a reflection</source>
            <translation>Editar una reflexión</translation>
        </message>
        <message>
            <source>Add a reflection</source>
            <translation>Agregar una reflexión</translation>
        </message>
        <message>
            <source>Select the reflection to remove.</source>
            <translation>Seleccione la reflexión que quiere quitar.</translation>
        </message>
        <message>
            <source>Remove a reflection</source>
            <translation>Quitar una reflexión</translation>
        </message>
        <message>
            <source>Edit a tip</source>
            <translation>Editar una nota</translation>
        </message>
        <message>
            <source>Add a tip</source>
            <translation>Agregar una nota</translation>
        </message>
        <message>
            <source>Select the tip to remove.</source>
            <translation>Seleccione la nota que quiere quitar.</translation>
        </message>
        <message>
            <source>Remove a tip</source>
            <translation>Quitar una nota</translation>
        </message>
        <message>
            <source>Tick the agenda items the meeting covered. Items left unticked are carried over to the next meeting.</source>
            <translation>Marque los puntos del orden del día que se trataron en la reunión. Los que queden sin marcar pasan a la próxima reunión.</translation>
        </message>
        <message>
            <source>Agenda items covered</source>
            <translation>Puntos del orden del día tratados</translation>
        </message>
        <message>
            <source>Carried over</source>
            <translation>Pasan a la próxima</translation>
        </message>
        <message>
            <source>Schedule next meet&amp;ing</source>
            <translation>Programar &amp;la próxima reunión</translation>
        </message>
        <message>
            <source>Schedule next meeting</source>
            <translation>Programar la próxima reunión</translation>
        </message>
        <message>
            <source>Makes a draft meeting in the planner with the same people, the purpose and the items not covered.</source>
            <translation>Crea una reunión en borrador en el planificador con las mismas personas, el propósito y los puntos no tratados.</translation>
        </message>
        <message>
            <source>Next meeting</source>
            <translation>Próxima reunión</translation>
        </message>
        <message>
            <source>Carried over to the next meeting: %s</source>
            <translation>Pasan a la próxima reunión: %s</translation>
        </message>
        <message>
            <source>Every agenda item was covered.</source>
            <translation>Se trataron todos los puntos del orden del día.</translation>
        </message>
        <message>
            <source>Agenda item covered</source>
            <translation>Punto del orden del día tratado</translation>
        </message>
        <message>
            <source>A draft for the next meeting is in the planner, with %1 and %2 carried over. Choose its date there.</source>
            <translation>Hay un borrador de la próxima reunión en el planificador, con %1 y %2 que pasan a ella. Elija allí su fecha.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participante</numerusform>
                <numerusform>%n participantes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n agenda item(s)</source>
            <translation>
                <numerusform>%n punto del orden del día</numerusform>
                <numerusform>%n puntos del orden del día</numerusform>
            </translation>
        </message>
        <message>
            <source>Meetings not closed yet</source>
            <translation>Reuniones sin cerrar todavía</translation>
        </message>
        <message>
            <source>Held on</source>
            <translation>Realizada el</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Still to do</source>
            <translation>Falta por hacer</translation>
        </message>
        <message>
            <source>Meetings held but not closed yet: %1</source>
            <translation>Reuniones realizadas pero sin cerrar todavía: %1</translation>
        </message>
        <message>
            <source>Every meeting held is closed.</source>
            <translation>Todas las reuniones realizadas están cerradas.</translation>
        </message>
        <message>
            <source>What was decided and what was discussed. These notes go to the family with the action plan, so write them plainly.</source>
            <translation>Lo que se decidió y lo que se habló. Estas notas van a la familia con el plan de acción, así que escríbalas con palabras sencillas.</translation>
        </message>
        <message>
            <source>Meeting notes</source>
            <translation>Notas de la reunión</translation>
        </message>
        <message>
            <source>• What we decided
• What we talked about</source>
            <translation>• Lo que decidimos
• De qué hablamos</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Notes formatting</source>
            <translation>Formato de las notas</translation>
        </message>
        <message>
            <source>• Li&amp;st</source>
            <translation>• Li&amp;sta</translation>
        </message>
        <message>
            <source>In the meeting notes</source>
            <translation>En las notas de la reunión</translation>
        </message>
        <message>
            <source>Put bullets on the selected lines, or take them off (Ctrl+Shift+8)</source>
            <translation>Poner viñetas en las líneas seleccionadas, o quitarlas (Ctrl+Mayús+8)</translation>
        </message>
        <message>
            <source>Bullet list</source>
            <translation>Lista con viñetas</translation>
        </message>
        <message>
            <source>Explain the term at the cursor</source>
            <translation>Explicar el término en el cursor</translation>
        </message>
        <message>
            <source>Edit the meeting notes</source>
            <translation>Editar las notas de la reunión</translation>
        </message>
        <message>
            <source>Held, and past meetings to mark as held</source>
            <translation>Realizadas, y pasadas por marcar como realizadas</translation>
        </message>
        <message>
            <source>Held, not closed yet</source>
            <translation>Realizadas, sin cerrar todavía</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Cerradas</translation>
        </message>
        <message>
            <source>All meetings (also those still ahead)</source>
            <translation>Todas las reuniones (también las próximas)</translation>
        </message>
        <message>
            <source>Held · closed ✔</source>
            <translation>Realizada · cerrada ✔</translation>
        </message>
        <message>
            <source>Held · not closed</source>
            <translation>Realizada · sin cerrar</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelada</translation>
        </message>
        <message>
            <source>No date yet</source>
            <translation>Sin fecha todavía</translation>
        </message>
        <message>
            <source>Still ahead</source>
            <translation>Todavía por venir</translation>
        </message>
        <message>
            <source>Took place? Mark it as held</source>
            <translation>¿Se realizó? Márquela como realizada</translation>
        </message>
        <message>
            <source>Nothing decided yet</source>
            <translation>Nada decidido todavía</translation>
        </message>
        <message>
            <source>Agreed</source>
            <translation>Acordado</translation>
        </message>
        <message>
            <source>Proposed by the school</source>
            <translation>Propuesto por la escuela</translation>
        </message>
        <message>
            <source>The family disagrees</source>
            <translation>La familia no está de acuerdo</translation>
        </message>
        <message>
            <source>The school declined what the family asked</source>
            <translation>La escuela rechazó lo que pidió la familia</translation>
        </message>
        <message>
            <source>To come back to</source>
            <translation>Para retomar más adelante</translation>
        </message>
        <message>
            <source>Decided on: %s</source>
            <translation>Decisión sobre: %s</translation>
        </message>
        <message>
            <source>In plain words: what was decided or asked</source>
            <translation>En palabras sencillas: lo que se decidió o se pidió</translation>
        </message>
        <message>
            <source>Note on the decision: %s</source>
            <translation>Nota sobre la decisión: %s</translation>
        </message>
        <message>
            <source>For each agenda item, what was decided, in a few plain words. The summary for the family lists them under “What we decided”.</source>
            <translation>Para cada punto del orden del día, lo que se decidió, en pocas palabras sencillas. El resumen para la familia los muestra bajo “Lo que decidimos”.</translation>
        </message>
        <message>
            <source>This meeting has no agenda items.</source>
            <translation>Esta reunión no tiene puntos en el orden del día.</translation>
        </message>
        <message>
            <source>Decision on “%s”</source>
            <translation>Decisión sobre “%s”</translation>
        </message>
    </context>
    <context>
        <name>ReviewPane</name>
        <message>
            <source>Post-meeting review</source>
            <translation>Revisión después de la reunión</translation>
        </message>
        <message>
            <source>Show meetings</source>
            <translation>Mostrar reuniones</translation>
        </message>
        <message>
            <source>Meetings to review</source>
            <translation>Reuniones para revisar</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Revisión</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Mostrar</translation>
        </message>
        <message>
            <source>Chosen meeting</source>
            <translation>Reunión elegida</translation>
        </message>
        <message>
            <source>Review state</source>
            <translation>Estado de la revisión</translation>
        </message>
        <message>
            <source>Ma&amp;rk as held</source>
            <translation>Marcar c&amp;omo realizada</translation>
        </message>
        <message>
            <source>Mark as held</source>
            <translation>Marcar como realizada</translation>
        </message>
        <message>
            <source>Record that this meeting took place, so it can be reviewed.</source>
            <translation>Registrar que esta reunión se realizó, para poder revisarla.</translation>
        </message>
        <message>
            <source>Handouts</source>
            <translation>Documentos</translation>
        </message>
        <message>
            <source>Handouts for the family</source>
            <translation>Documentos para la familia</translation>
        </message>
        <message>
            <source>Reviewing this meeting</source>
            <translation>Revisión de esta reunión</translation>
        </message>
        <message>
            <source>Who &amp;came</source>
            <translation>&amp;Quiénes vinieron</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notas</translation>
        </message>
        <message>
            <source>&amp;Decisions</source>
            <translation>De&amp;cisiones</translation>
        </message>
        <message>
            <source>Action &amp;plan</source>
            <translation>&amp;Plan de acción</translation>
        </message>
        <message>
            <source>F&amp;amily</source>
            <translation>&amp;Familia</translation>
        </message>
        <message>
            <source>&amp;Looking back</source>
            <translation>&amp;Mirando atrás</translation>
        </message>
        <message>
            <source>Ne&amp;xt meeting</source>
            <translation>Pró&amp;xima reunión</translation>
        </message>
        <message>
            <source>After the &amp;meeting</source>
            <translation>&amp;Después de la reunión</translation>
        </message>
        <message>
            <source>No meeting chosen. Choose a meeting that took place in the list.</source>
            <translation>No se eligió ninguna reunión. Elija de la lista una reunión que se haya realizado.</translation>
        </message>
        <message>
            <source>%s: %s, %s</source>
            <translation>%s: %s, %s</translation>
        </message>
        <message>
            <source>Held · ✔ closed: everything after the meeting is done.</source>
            <translation>Realizada · ✔ cerrada: todo lo de después de la reunión está hecho.</translation>
        </message>
        <message>
            <source>Held · not closed yet: %d of %d after-the-meeting items done (see “After the meeting”).</source>
            <translation>Realizada · sin cerrar todavía: %d de %d tareas de después de la reunión hechas (vea “Después de la reunión”).</translation>
        </message>
        <message>
            <source>This meeting was cancelled, so there is nothing to review.</source>
            <translation>Esta reunión fue cancelada, así que no hay nada que revisar.</translation>
        </message>
        <message>
            <source>This meeting is not marked as held yet. Once it has taken place, choose “Mark as held” to record who came, the notes and the action plan.</source>
            <translation>Esta reunión todavía no está marcada como realizada. Cuando se haya hecho, elija “Marcar como realizada” para registrar quiénes vinieron, las notas y el plan de acción.</translation>
        </message>
        <message>
            <source>Mark the meeting as held</source>
            <translation>Marcar la reunión como realizada</translation>
        </message>
        <message>
            <source>This caseload is open read-only: you can read every review, but nothing can be changed here.</source>
            <translation>Esta lista de casos está abierta solo para lectura: puede leer cada revisión, pero aquí no se puede cambiar nada.</translation>
        </message>
    </context>
    <context>
        <name>SchoolCalendarPage</name>
        <message>
            <source>%1 to %2</source>
            <translation>del %1 al %2</translation>
        </message>
        <message>
            <source>School closed</source>
            <translation>Escuela cerrada</translation>
        </message>
        <message>
            <source>First day closed</source>
            <translation>Primer día cerrado</translation>
        </message>
        <message>
            <source>Last day closed</source>
            <translation>Último día cerrado</translation>
        </message>
        <message>
            <source>Why the school is closed</source>
            <translation>Por qué está cerrada la escuela</translation>
        </message>
        <message>
            <source>For example: Winter break</source>
            <translation>Por ejemplo: Vacaciones de invierno</translation>
        </message>
        <message>
            <source>&amp;First day:</source>
            <translation>&amp;Primer día:</translation>
        </message>
        <message>
            <source>&amp;Last day (empty for one day):</source>
            <translation>Ú&amp;ltimo día (vacío si es un solo día):</translation>
        </message>
        <message>
            <source>&amp;Why:</source>
            <translation>&amp;Motivo:</translation>
        </message>
        <message>
            <source>Write the first day the school is closed.</source>
            <translation>Escriba el primer día en que la escuela está cerrada.</translation>
        </message>
        <message>
            <source>The last day comes before the first day.</source>
            <translation>El último día es anterior al primer día.</translation>
        </message>
        <message>
            <source>From the first day to the last is more than a year. Check the year of the last day.</source>
            <translation>Del primer día al último pasa más de un año. Compruebe el año del último día.</translation>
        </message>
        <message>
            <source>Left out (events with a time of day, with a date that cannot be read, repeating, or longer than two months): %1</source>
            <translation>Se dejaron fuera (eventos con hora, con una fecha que no se puede leer, que se repiten o de más de dos meses): %1</translation>
        </message>
        <message>
            <source>Import closed days</source>
            <translation>Importar días cerrados</translation>
        </message>
        <message>
            <source>Tick the days when the school is closed. Only those become closed days; nothing is added until you choose Add.</source>
            <translation>Marque los días en que la escuela está cerrada. Solo esos pasan a ser días cerrados; no se agrega nada hasta que elija Agregar.</translation>
        </message>
        <message>
            <source>Events in the calendar file</source>
            <translation>Eventos del archivo de calendario</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Agregar</translation>
        </message>
        <message>
            <source>Add the ticked days</source>
            <translation>Agregar los días marcados</translation>
        </message>
        <message>
            <source>School calendar</source>
            <translation>Calendario escolar</translation>
        </message>
        <message>
            <source>School day starts</source>
            <translation>Empieza el día escolar</translation>
        </message>
        <message>
            <source>School day ends</source>
            <translation>Termina el día escolar</translation>
        </message>
        <message>
            <source>to</source>
            <translation>a</translation>
        </message>
        <message>
            <source>School hours</source>
            <translation>Horario escolar</translation>
        </message>
        <message>
            <source>Find a time suggests meetings only between these times, on school days.</source>
            <translation>Buscar un horario sugiere reuniones solo entre estas horas, en días escolares.</translation>
        </message>
        <message>
            <source>Days the school is closed</source>
            <translation>Días en que la escuela está cerrada</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>A&amp;dd…</source>
            <translation>A&amp;gregar…</translation>
        </message>
        <message>
            <source>Add a closed day or range</source>
            <translation>Agregar un día o un período cerrado</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Editar…</translation>
        </message>
        <message>
            <source>Edit the closed days chosen</source>
            <translation>Editar los días cerrados elegidos</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Quitar</translation>
        </message>
        <message>
            <source>Remove the closed days chosen</source>
            <translation>Quitar los días cerrados elegidos</translation>
        </message>
        <message>
            <source>&amp;Import the district's calendar…</source>
            <translation>&amp;Importar el calendario del distrito…</translation>
        </message>
        <message>
            <source>Import closed days from a calendar file</source>
            <translation>Importar días cerrados desde un archivo de calendario</translation>
        </message>
        <message>
            <source>An .ics file from the district's website: its all-day events are shown for you to tick.</source>
            <translation>Un archivo .ics del sitio web del distrito: se muestran sus eventos de todo el día para que usted los marque.</translation>
        </message>
        <message>
            <source>Closed days</source>
            <translation>Días cerrados</translation>
        </message>
        <message>
            <source>Holidays, breaks and training days: no meeting is suggested on them, and the week view greys them. Weekends are always left out.</source>
            <translation>Feriados, vacaciones y días de capacitación: no se sugiere ninguna reunión en ellos, y la vista de la semana los muestra en gris. Los fines de semana siempre se dejan fuera.</translation>
        </message>
        <message>
            <source>Usual length of a meeting</source>
            <translation>Duración habitual de una reunión</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation> minutos</translation>
        </message>
        <message>
            <source>Length of a meeting: %1</source>
            <translation>Duración de una reunión: %1</translation>
        </message>
        <message>
            <source> weeks</source>
            <translation> semanas</translation>
        </message>
        <message>
            <source>Warn after weeks without a progress contact</source>
            <translation>Avisar después de varias semanas sin contacto de avance</translation>
        </message>
        <message>
            <source>Keeping in touch</source>
            <translation>Mantenerse en contacto</translation>
        </message>
        <message>
            <source>Warn when a family has had no progress contact for</source>
            <translation>Avisar cuando una familia no ha tenido contacto de avance durante</translation>
        </message>
        <message>
            <source>Write when the school day starts and ends.</source>
            <translation>Escriba cuándo empieza y termina el día escolar.</translation>
        </message>
        <message>
            <source>Change the school hours</source>
            <translation>Cambiar el horario escolar</translation>
        </message>
        <message>
            <source>Add a closed day</source>
            <translation>Agregar un día cerrado</translation>
        </message>
        <message>
            <source>Change a closed day</source>
            <translation>Cambiar un día cerrado</translation>
        </message>
        <message>
            <source>Remove a closed day</source>
            <translation>Quitar un día cerrado</translation>
        </message>
        <message>
            <source>Import the district's calendar</source>
            <translation>Importar el calendario del distrito</translation>
        </message>
        <message>
            <source>Calendar files (*.ics);;All files (*)</source>
            <translation>Archivos de calendario (*.ics);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The file could not be opened. Check that it is still there and that you may read it.</source>
            <translation>No se pudo abrir el archivo. Revise que todavía esté allí y que usted tenga permiso para leerlo.</translation>
        </message>
        <message>
            <source>This calendar has no all-day events, so there are no closed days to take from it. Add them with Add… instead.</source>
            <translation>Este calendario no tiene eventos de todo el día, así que no hay días cerrados que tomar de él. Agréguelos con Agregar… en su lugar.</translation>
        </message>
        <message>
            <source>This file is not a calendar IEP Desk can read. Save the district's calendar as an .ics (iCalendar) file and try again.</source>
            <translation>Este archivo no es un calendario que IEP Desk pueda leer. Guarde el calendario del distrito como archivo .ics (iCalendar) e intente de nuevo.</translation>
        </message>
        <message>
            <source>Every closed day in this calendar is already on the list.</source>
            <translation>Todos los días cerrados de este calendario ya están en la lista.</translation>
        </message>
        <message>
            <source>Change the usual length of a meeting</source>
            <translation>Cambiar la duración habitual de una reunión</translation>
        </message>
        <message>
            <source>Change the weeks without contact</source>
            <translation>Cambiar las semanas sin contacto</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Meeting notice sent at least</source>
            <translation>Aviso de la reunión enviado al menos</translation>
        </message>
        <message>
            <source> days before the meeting</source>
            <translation> días antes de la reunión</translation>
        </message>
        <message>
            <source>Annual review within</source>
            <translation>Revisión anual dentro de</translation>
        </message>
        <message>
            <source> days of the last IEP meeting</source>
            <translation> días de la última reunión del IEP</translation>
        </message>
        <message>
            <source>Re-evaluation every</source>
            <translation>Reevaluación cada</translation>
        </message>
        <message>
            <source> years</source>
            <translation> años</translation>
        </message>
        <message>
            <source>Transition plan in the IEP by age</source>
            <translation>Plan de transición en el IEP a la edad de</translation>
        </message>
        <message>
            <source> years old</source>
            <translation> años</translation>
        </message>
        <message>
            <source>Age of majority (rights transfer)</source>
            <translation>Mayoría de edad (transferencia de derechos)</translation>
        </message>
        <message>
            <source>Tell the student about the transfer</source>
            <translation>Informar al estudiante sobre la transferencia</translation>
        </message>
        <message>
            <source> months before</source>
            <translation> meses antes</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Fechas límite</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>Settings pages</source>
            <translation>Páginas de configuración</translation>
        </message>
        <message>
            <source>These numbers vary by state and district. The usual values are set to start with; check them against your state's rules. Each change is saved at once and every date on the caseload follows.</source>
            <translation>Estos números varían según el estado y el distrito. Para empezar se ponen los valores habituales; compárelos con las reglas de su estado. Cada cambio se guarda de inmediato y todas las fechas de la lista de casos se ajustan.</translation>
        </message>
        <message>
            <source>From %d to %d; the usual value is %d.</source>
            <translation>De %d a %d; el valor habitual es %d.</translation>
        </message>
        <message>
            <source>Change setting: %s</source>
            <translation>Cambiar la configuración: %s</translation>
        </message>
    </context>
    <context>
        <name>SettingsPages</name>
        <message>
            <source>Progress reports</source>
            <translation>Informes de progreso</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Fechas límite</translation>
        </message>
        <message>
            <source>Protection</source>
            <translation>Protección</translation>
        </message>
        <message>
            <source>School calendar</source>
            <translation>Calendario escolar</translation>
        </message>
        <message>
            <source>Window language</source>
            <translation>Idioma de la ventana</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Caseload already open</source>
            <translation>La lista de casos ya está abierta</translation>
        </message>
        <message>
            <source>This caseload is already open in another copy of IEP Desk.</source>
            <translation>Esta lista de casos ya está abierta en otra copia de IEP Desk.</translation>
        </message>
        <message>
            <source>You can look at it here without making changes, or quit and switch to the other copy.</source>
            <translation>Puede verla aquí sin hacer cambios, o salir y pasar a la otra copia.</translation>
        </message>
        <message>
            <source>&amp;View read-only</source>
            <translation>&amp;Ver solo para lectura</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Read-only: this caseload is open in another copy of IEP Desk, which is the only one that can make changes.</source>
            <translation>Solo lectura: esta lista de casos está abierta en otra copia de IEP Desk, que es la única que puede hacer cambios.</translation>
        </message>
        <message>
            <source>Read-only: IEP Desk cannot save in this caseload's folder or file (it is read-only, on a write-protected drive, or you may not change it). You can look, print and export; nothing can be changed.</source>
            <translation>Solo lectura: IEP Desk no puede guardar en la carpeta o el archivo de esta lista de casos (es de solo lectura, está en una unidad protegida contra escritura o usted no tiene permiso para cambiarlo). Puede ver, imprimir y exportar; no se puede cambiar nada.</translation>
        </message>
        <message>
            <source>Nothing is open: your caseload was saved by a newer version of IEP Desk. Update IEP Desk to open it; it was not changed.</source>
            <translation>No hay nada abierto: su lista de casos se guardó con una versión más nueva de IEP Desk. Actualice IEP Desk para abrirla; no se cambió.</translation>
        </message>
        <message>
            <source>Please update IEP Desk</source>
            <translation>Actualice IEP Desk</translation>
        </message>
        <message>
            <source>Your caseload was saved by a newer version of IEP Desk.</source>
            <translation>Su lista de casos se guardó con una versión más nueva de IEP Desk.</translation>
        </message>
        <message>
            <source>Nothing is wrong with the file, and IEP Desk leaves it exactly as it is. Quit and install the newer version to open it, or go on without opening any caseload.</source>
            <translation>El archivo no tiene ningún problema, e IEP Desk lo deja exactamente como está. Salga e instale la versión más nueva para abrirlo, o siga sin abrir ninguna lista de casos.</translation>
        </message>
        <message>
            <source>&amp;Quit (then update IEP Desk)</source>
            <translation>&amp;Salir (y luego actualizar IEP Desk)</translation>
        </message>
        <message>
            <source>&amp;Continue with nothing open</source>
            <translation>&amp;Continuar sin nada abierto</translation>
        </message>
        <message>
            <source>%1

The file that was put aside is in good order: %2. IEP Desk can put it back in place.</source>
            <translation>%1

El archivo que se apartó está en buen estado: %2. IEP Desk puede volver a ponerlo en su lugar.</translation>
        </message>
        <message>
            <source>&amp;Put back the file that was set aside</source>
            <translation>&amp;Volver a poner el archivo que se apartó</translation>
        </message>
        <message>
            <source>%1

The newest backup in good order was saved %2 and holds %3. IEP Desk can put it back in place. The damaged file is kept, unchanged, under a new name beside it.</source>
            <translation>%1

La copia de seguridad en buen estado más reciente se guardó el %2 y contiene %3. IEP Desk puede volver a ponerla en su lugar. El archivo dañado se conserva, sin cambios, con un nombre nuevo al lado.</translation>
        </message>
        <message>
            <source>&amp;Restore the newest backup</source>
            <translation>&amp;Restaurar la copia de seguridad más reciente</translation>
        </message>
        <message>
            <source>%1

There is no backup to go back to. IEP Desk can start an empty caseload; the damaged file is kept, unchanged, under a new name beside it, so that someone can try to rescue it.</source>
            <translation>%1

No hay ninguna copia de seguridad a la que volver. IEP Desk puede empezar una lista de casos vacía; el archivo dañado se conserva, sin cambios, con un nombre nuevo al lado, para que alguien intente rescatarlo.</translation>
        </message>
        <message>
            <source>&amp;Start an empty caseload</source>
            <translation>&amp;Empezar una lista de casos vacía</translation>
        </message>
        <message>
            <source>The caseload cannot be opened</source>
            <translation>No se puede abrir la lista de casos</translation>
        </message>
        <message>
            <source>IEP Desk cannot open your caseload file.</source>
            <translation>IEP Desk no puede abrir el archivo de su lista de casos.</translation>
        </message>
        <message>
            <source>The damaged caseload file is kept, unchanged, as %1.</source>
            <translation>El archivo dañado de la lista de casos se conserva, sin cambios, como %1.</translation>
        </message>
        <message>
            <source>The caseload was restored from %1 (%2).</source>
            <translation>La lista de casos se restauró desde %1 (%2).</translation>
        </message>
        <message>
            <source>Your caseload %1 is protected with a passphrase, but its key file (%2) is missing from that folder, so it cannot be opened. The caseload is not damaged as far as IEP Desk can tell, and nothing was changed.

The key file may still be where the caseload was copied from: put it back beside the caseload, named %2, and start IEP Desk again. A copy of it is kept beside each protected backup in %3.</source>
            <translation>Su lista de casos %1 está protegida con una frase de contraseña, pero falta su archivo de clave (%2) en esa carpeta, así que no se puede abrir. Hasta donde IEP Desk puede saber, la lista de casos no está dañada, y no se cambió nada.

El archivo de clave puede estar todavía donde se copió la lista de casos: vuelva a ponerlo junto a la lista de casos, con el nombre %2, y abra IEP Desk de nuevo. Se guarda una copia junto a cada copia de seguridad protegida en %3.</translation>
        </message>
        <message>
            <source>&amp;Quit (then put the key file back)</source>
            <translation>&amp;Salir (y volver a poner el archivo de clave)</translation>
        </message>
        <message>
            <source>IEP Desk can also use the newest protected backup (%1), with the passphrase it was saved with: when its copy of the key file opens your caseload, that copy is put back and nothing is lost; otherwise the backup is restored, and your caseload file as it is now is kept, unchanged, under a new name beside it.</source>
            <translation>IEP Desk también puede usar la copia de seguridad protegida más reciente (%1), con la frase de contraseña con la que se guardó: si su copia del archivo de clave abre su lista de casos, esa copia se vuelve a poner y no se pierde nada; si no, se restaura la copia de seguridad, y su archivo de lista de casos tal como está ahora se conserva, sin cambios, con otro nombre a su lado.</translation>
        </message>
        <message>
            <source>&amp;Use the protected backup…</source>
            <translation>&amp;Usar la copia de seguridad protegida…</translation>
        </message>
        <message>
            <source>There is no protected backup in that folder.</source>
            <translation>No hay ninguna copia de seguridad protegida en esa carpeta.</translation>
        </message>
        <message>
            <source>The key file is missing</source>
            <translation>Falta el archivo de clave</translation>
        </message>
        <message>
            <source>The key file of your protected caseload is missing.</source>
            <translation>Falta el archivo de clave de su lista de casos protegida.</translation>
        </message>
        <message>
            <source>Passphrase of the backup</source>
            <translation>Frase de contraseña de la copia</translation>
        </message>
        <message>
            <source>The passphrase your caseload had when this backup was saved:</source>
            <translation>La frase de contraseña que tenía su lista de casos cuando se guardó esta copia:</translation>
        </message>
        <message>
            <source>That passphrase does not open this backup. Nothing was changed.</source>
            <translation>Esa frase de contraseña no abre esta copia. No se cambió nada.</translation>
        </message>
        <message>
            <source>The key file was put back from the copy beside %1. Your caseload opened as you left it.</source>
            <translation>El archivo de clave se volvió a poner a partir de la copia junto a %1. Su lista de casos se abrió tal como la dejó.</translation>
        </message>
        <message>
            <source>Your caseload file as it was is kept, unchanged, as %1.</source>
            <translation>Su archivo de lista de casos tal como estaba se conserva, sin cambios, como %1.</translation>
        </message>
        <message>
            <source>Backed up to %1</source>
            <translation>Copia de seguridad guardada en %1</translation>
        </message>
        <message>
            <source>Backup failed</source>
            <translation>No se pudo hacer la copia de seguridad</translation>
        </message>
    </context>
    <context>
        <name>StudentForm</name>
        <message>
            <source>Choose a student in the list to see and edit their details, or add a student with Ctrl+N.</source>
            <translation>Elija un estudiante de la lista para ver y editar sus datos, o agregue un estudiante con Ctrl+N.</translation>
        </message>
        <message>
            <source>Student details</source>
            <translation>Datos del estudiante</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>IEP dates</source>
            <translation>Fechas del IEP</translation>
        </message>
        <message>
            <source>Strengths and family</source>
            <translation>Fortalezas y familia</translation>
        </message>
        <message>
            <source>Family members</source>
            <translation>Familiares</translation>
        </message>
        <message>
            <source>Team</source>
            <translation>Equipo</translation>
        </message>
        <message>
            <source>IEP goals and services</source>
            <translation>Metas y servicios del IEP</translation>
        </message>
        <message>
            <source>&amp;Legal first name</source>
            <translation>&amp;Nombre legal</translation>
        </message>
        <message>
            <source>Legal last &amp;name</source>
            <translation>Apellido &amp;legal</translation>
        </message>
        <message>
            <source>The name the student goes by, if different</source>
            <translation>El nombre que usa el estudiante, si es otro</translation>
        </message>
        <message>
            <source>&amp;Preferred name</source>
            <translation>Nombre &amp;preferido</translation>
        </message>
        <message>
            <source>Date of &amp;birth</source>
            <translation>&amp;Fecha de nacimiento</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Sin definir</translation>
        </message>
        <message>
            <source>G&amp;rade</source>
            <translation>&amp;Grado</translation>
        </message>
        <message>
            <source>S&amp;chool</source>
            <translation>Es&amp;cuela</translation>
        </message>
        <message>
            <source>District student &amp;ID</source>
            <translation>Número de &amp;identificación del distrito</translation>
        </message>
        <message>
            <source>Not recorded</source>
            <translation>Sin registrar</translation>
        </message>
        <message>
            <source>Primary &amp;disability category</source>
            <translation>Categoría de &amp;discapacidad principal</translation>
        </message>
        <message>
            <source>How the student takes part in &amp;meetings</source>
            <translation>Cómo participa el estudiante en las &amp;reuniones</translation>
        </message>
        <message>
            <source>Last IEP &amp;meeting</source>
            <translation>Última &amp;reunión del IEP</translation>
        </message>
        <message>
            <source>&amp;Annual review due</source>
            <translation>Rev&amp;isión anual vence</translation>
        </message>
        <message>
            <source>&amp;Last evaluation</source>
            <translation>Ú&amp;ltima evaluación</translation>
        </message>
        <message>
            <source>&amp;Re-evaluation due</source>
            <translation>Reevalua&amp;ción vence</translation>
        </message>
        <message>
            <source>Leave a due date empty to have it computed from the last meeting or evaluation and the settings (Tools ▸ Settings).</source>
            <translation>Deje vacía una fecha límite para que se calcule a partir de la última reunión o evaluación y de la configuración (Herramientas ▸ Configuración).</translation>
        </message>
        <message>
            <source>Deadlines computed from these dates</source>
            <translation>Fechas límite calculadas a partir de estas fechas</translation>
        </message>
        <message>
            <source>Strengths, talents and &amp;interests</source>
            <translation>&amp;Fortalezas, talentos e intereses</translation>
        </message>
        <message>
            <source>The family's hopes and &amp;dreams for the child</source>
            <translation>&amp;Las esperanzas y sueños de la familia para su hijo o hija</translation>
        </message>
        <message>
            <source>&amp;Culture, celebrations and traditions the family chose to share</source>
            <translation>&amp;Cultura, celebraciones y tradiciones que la familia quiso compartir</translation>
        </message>
        <message>
            <source>No student chosen</source>
            <translation>Ningún estudiante elegido</translation>
        </message>
        <message>
            <source>Legal name: %s</source>
            <translation>Nombre legal: %s</translation>
        </message>
        <message>
            <source>Archived (restore from Show archived)</source>
            <translation>Archivado (restáurelo desde Mostrar archivados)</translation>
        </message>
        <message>
            <source>Computed: %s</source>
            <translation>Calculada: %s</translation>
        </message>
        <message>
            <source>Needs a date: enter the dates above (date of birth for the transition plan and transfer of rights).</source>
            <translation>Falta una fecha: escriba las fechas de arriba (la fecha de nacimiento para el plan de transición y la transferencia de derechos).</translation>
        </message>
        <message>
            <source> (nothing left to do for this date)</source>
            <translation> (ya no queda nada por hacer para esta fecha)</translation>
        </message>
        <message>
            <source>Edit %s</source>
            <translation>Editar %s</translation>
        </message>
        <message>
            <source>Choose a student in the list to see their details. This caseload is open read-only.</source>
            <translation>Elija un estudiante en la lista para ver sus datos. Esta lista de casos está abierta solo para lectura.</translation>
        </message>
    </context>
    <context>
        <name>StudentMeetings</name>
        <message>
            <source>The student's meetings and open actions</source>
            <translation>Las reuniones y tareas pendientes del estudiante</translation>
        </message>
        <message>
            <source>Last progress contact and next meeting</source>
            <translation>Último contacto de avance y próxima reunión</translation>
        </message>
        <message>
            <source>&amp;Plan a meeting…</source>
            <translation>&amp;Planificar una reunión…</translation>
        </message>
        <message>
            <source>Plan a meeting for this student</source>
            <translation>Planificar una reunión para este estudiante</translation>
        </message>
        <message>
            <source>&lt;b&gt;Open action items&lt;/b&gt;</source>
            <translation>&lt;b&gt;Tareas pendientes&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Meetings held but not yet closed&lt;/b&gt;</source>
            <translation>&lt;b&gt;Reuniones realizadas pero sin cerrar todavía&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Choose a student to see their meetings.</source>
            <translation>Elija un estudiante para ver sus reuniones.</translation>
        </message>
        <message>
            <source>Last progress contact with the family: none recorded yet.</source>
            <translation>Último contacto de avance con la familia: ninguno registrado todavía.</translation>
        </message>
        <message numerus="yes">
            <source>Last progress contact with the family: %1 (%n week(s) ago).</source>
            <translation>
                <numerusform>Último contacto de avance con la familia: %1 (hace %n semana).</numerusform>
                <numerusform>Último contacto de avance con la familia: %1 (hace %n semanas).</numerusform>
            </translation>
        </message>
        <message>
            <source>No meeting planned yet.</source>
            <translation>Todavía no hay ninguna reunión planificada.</translation>
        </message>
        <message>
            <source>Next meeting: %s.</source>
            <translation>Próxima reunión: %s.</translation>
        </message>
    </context>
    <context>
        <name>TeamDialog</name>
        <message>
            <source>Team members</source>
            <translation>Miembros del equipo</translation>
        </message>
        <message>
            <source>Team members on file</source>
            <translation>Miembros del equipo registrados</translation>
        </message>
        <message>
            <source>&amp;Add team member…</source>
            <translation>&amp;Agregar miembro del equipo…</translation>
        </message>
        <message>
            <source>Add team member</source>
            <translation>Agregar miembro del equipo</translation>
        </message>
        <message>
            <source>&amp;Name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>&amp;Role</source>
            <translation>Ca&amp;rgo</translation>
        </message>
        <message>
            <source>&amp;Email</source>
            <translation>Correo &amp;electrónico</translation>
        </message>
        <message>
            <source>&amp;Phone</source>
            <translation>&amp;Teléfono</translation>
        </message>
        <message>
            <source>e.g. Mon-Fri 7:30–8:00 AM; Wed 2:00–4:00 PM</source>
            <translation>p. ej., lun. a vie. 07:30–08:00; mié. 14:00–16:00</translation>
        </message>
        <message>
            <source>A&amp;ctive</source>
            <translation>A&amp;ctivo</translation>
        </message>
        <message>
            <source>Untick when they leave; they stay on past teams.</source>
            <translation>Desmárquelo cuando se vaya; sigue en los equipos anteriores.</translation>
        </message>
        <message>
            <source>&amp;Times they can meet</source>
            <translation>&amp;Horarios en que pueden reunirse</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nombre:</translation>
        </message>
        <message>
            <source>Edit team member's %s</source>
            <translation>Editar %s del miembro del equipo</translation>
        </message>
    </context>
    <context>
        <name>TeamPanel</name>
        <message>
            <source>This student's team</source>
            <translation>El equipo de este estudiante</translation>
        </message>
        <message>
            <source>Team member to add</source>
            <translation>Miembro del equipo para agregar</translation>
        </message>
        <message>
            <source>&amp;Add to the team</source>
            <translation>A&amp;gregar al equipo</translation>
        </message>
        <message>
            <source>Add to the team</source>
            <translation>Agregar al equipo</translation>
        </message>
        <message>
            <source>&amp;Remove from the team</source>
            <translation>&amp;Quitar del equipo</translation>
        </message>
        <message>
            <source>Remove from the team</source>
            <translation>Quitar del equipo</translation>
        </message>
        <message>
            <source>Team &amp;members on file…</source>
            <translation>&amp;Miembros del equipo registrados…</translation>
        </message>
        <message>
            <source>Team members on file</source>
            <translation>Miembros del equipo registrados</translation>
        </message>
        <message>
            <source>People on this student's IEP team:</source>
            <translation>Personas en el equipo del IEP de este estudiante:</translation>
        </message>
        <message>
            <source>(add people under Team members on file)</source>
            <translation>(agregue personas en Miembros del equipo registrados)</translation>
        </message>
        <message>
            <source>Add %s to the team</source>
            <translation>Agregar a %s al equipo</translation>
        </message>
        <message>
            <source>Remove %s from the team</source>
            <translation>Quitar a %s del equipo</translation>
        </message>
    </context>
    <context>
        <name>TransferActions</name>
        <message>
            <source>Import caseload from &amp;CSV…</source>
            <translation>Importar la lista de casos desde &amp;CSV…</translation>
        </message>
        <message>
            <source>&amp;Import full backup (JSON)…</source>
            <translation>&amp;Importar una copia de seguridad completa (JSON)…</translation>
        </message>
        <message>
            <source>Import &amp;goals from CSV…</source>
            <translation>Importar &amp;metas desde CSV…</translation>
        </message>
        <message>
            <source>&amp;Export</source>
            <translation>&amp;Exportar</translation>
        </message>
        <message>
            <source>Caseload to &amp;CSV…</source>
            <translation>Lista de casos a &amp;CSV…</translation>
        </message>
        <message>
            <source>Everything to one &amp;file (JSON)…</source>
            <translation>Todo a un &amp;archivo (JSON)…</translation>
        </message>
        <message>
            <source>Everything, &amp;encrypted…</source>
            <translation>Todo, ci&amp;frado…</translation>
        </message>
        <message>
            <source>The full export sealed with a passphrase you choose for it: to carry the caseload to another computer without anyone else being able to read it.</source>
            <translation>La exportación completa, protegida con una frase de contraseña que usted elige para ella: para llevar la lista de casos a otra computadora sin que nadie más pueda leerla.</translation>
        </message>
        <message>
            <source>&amp;Meetings to a calendar (.ics)…</source>
            <translation>&amp;Reuniones a un calendario (.ics)…</translation>
        </message>
        <message>
            <source>Calendar files include &amp;names</source>
            <translation>Los archivos de calendario incluyen &amp;nombres</translation>
        </message>
        <message>
            <source>When ticked, calendar files also hold the meeting's purpose and the names and email addresses of the people invited. Leave it off for a calendar other people can see: then only the student's first name and last initial are written.</source>
            <translation>Si está marcado, los archivos de calendario también contienen el propósito de la reunión y los nombres y correos electrónicos de las personas invitadas. Déjelo sin marcar para un calendario que otras personas pueden ver: así solo se escribe el nombre del estudiante y la inicial de su apellido.</translation>
        </message>
        <message>
            <source>Import caseload from CSV</source>
            <translation>Importar la lista de casos desde un CSV</translation>
        </message>
        <message>
            <source>Imported %1 goals. Edit ▸ Undo takes them back.</source>
            <translation>Se importaron %1 metas. Editar ▸ Deshacer las quita.</translation>
        </message>
        <message>
            <source>Import full backup (JSON)</source>
            <translation>Importar una copia de seguridad completa (JSON)</translation>
        </message>
        <message>
            <source>IEP Desk full export (*.json *.iepdesk);;All files (*)</source>
            <translation>Exportación completa de IEP Desk (*.json *.iepdesk);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>The file “%s” cannot be read (%s).</source>
            <translation>No se puede leer el archivo “%s” (%s).</translation>
        </message>
        <message>
            <source>The file “%s” could not be written (%s). Your caseload is unchanged.</source>
            <translation>No se pudo escribir el archivo “%s” (%s). Su lista de casos no cambió.</translation>
        </message>
        <message>
            <source>The full export was imported.</source>
            <translation>Se importó la exportación completa.</translation>
        </message>
        <message numerus="yes">
            <source>Imported: %n student(s) added</source>
            <translation>
                <numerusform>Importado: %n estudiante agregado</numerusform>
                <numerusform>Importado: %n estudiantes agregados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <translation>
                <numerusform>%n actualizado</numerusform>
                <numerusform>%n actualizados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n parent(s) or guardian(s) added</source>
            <translation>
                <numerusform>%n padre, madre o tutor agregado</numerusform>
                <numerusform>%n padres, madres o tutores agregados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) already on file</source>
            <translation>
                <numerusform>%n fila ya estaba en el archivo</numerusform>
                <numerusform>%n filas ya estaban en el archivo</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rejected row(s) skipped</source>
            <translation>
                <numerusform>%n fila rechazada omitida</numerusform>
                <numerusform>%n filas rechazadas omitidas</numerusform>
            </translation>
        </message>
        <message>
            <source>This export is encrypted. Its passphrase:</source>
            <translation>Esta exportación está cifrada. Su frase de contraseña:</translation>
        </message>
        <message>
            <source>That passphrase does not open this export. Its passphrase:</source>
            <translation>Esa frase de contraseña no abre esta exportación. Su frase de contraseña:</translation>
        </message>
        <message>
            <source>This file will be plain text: anyone who has it can read every name in it, even though your caseload is protected.</source>
            <translation>Este archivo será texto sin cifrar: cualquiera que lo tenga puede leer todos los nombres que contiene, aunque su lista de casos esté protegida.</translation>
        </message>
        <message>
            <source>To carry the caseload to another computer, make an encrypted export instead. If you save the plain file, keep it safe and delete it when you are done.</source>
            <translation>Para llevar la lista de casos a otra computadora, mejor haga una exportación cifrada. Si guarda el archivo sin cifrar, téngalo en un lugar seguro y bórrelo cuando termine.</translation>
        </message>
        <message>
            <source>Make an &amp;encrypted export instead…</source>
            <translation>&amp;Hacer una exportación cifrada…</translation>
        </message>
        <message>
            <source>Save the &amp;plain file</source>
            <translation>&amp;Guardar el archivo sin cifrar</translation>
        </message>
        <message>
            <source>Export everything, encrypted</source>
            <translation>Exportar todo, cifrado</translation>
        </message>
        <message>
            <source>Choose a passphrase for this export (it may differ from the caseload's). Whoever imports it needs it; tell it to them in person or by phone, never in the same email as the file.</source>
            <translation>Elija una frase de contraseña para esta exportación (puede ser distinta de la de la lista de casos). Quien la importe la necesitará; dígasela en persona o por teléfono, nunca en el mismo correo que el archivo.</translation>
        </message>
        <message>
            <source>IEP Desk encrypted export (*.iepdesk)</source>
            <translation>Exportación cifrada de IEP Desk (*.iepdesk)</translation>
        </message>
        <message>
            <source>Saved %s</source>
            <translation>Guardado: %s</translation>
        </message>
        <message>
            <source>Export the caseload to CSV</source>
            <translation>Exportar la lista de casos a CSV</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <source>Export everything to one file</source>
            <translation>Exportar todo a un archivo</translation>
        </message>
        <message>
            <source>IEP Desk full export (*.json)</source>
            <translation>Exportación completa de IEP Desk (*.json)</translation>
        </message>
        <message>
            <source>Export the meetings to a calendar file</source>
            <translation>Exportar las reuniones a un archivo de calendario</translation>
        </message>
        <message>
            <source>Calendar files (*.ics)</source>
            <translation>Archivos de calendario (*.ics)</translation>
        </message>
        <message>
            <source>Saved %s, with the names of the people invited</source>
            <translation>Guardado: %s, con los nombres de las personas invitadas</translation>
        </message>
    </context>
    <context>
        <name>Unlock</name>
        <message>
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;Passphrase:</source>
            <translation>&amp;Frase de contraseña:</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Mensaje</translation>
        </message>
        <message>
            <source>&amp;Forgot the passphrase?</source>
            <translation>¿&amp;Olvidó la frase de contraseña?</translation>
        </message>
        <message>
            <source>Forgot the passphrase?</source>
            <translation>¿Olvidó la frase de contraseña?</translation>
        </message>
        <message>
            <source>Open with the recovery code</source>
            <translation>Abrir con el código de recuperación</translation>
        </message>
        <message>
            <source>Type the recovery code you wrote down or printed when you set up the passphrase (32 characters; dashes and spaces do not matter), then choose a new passphrase.</source>
            <translation>Escriba el código de recuperación que anotó o imprimió cuando creó la frase de contraseña (32 caracteres; los guiones y los espacios no importan), y luego elija una nueva frase de contraseña.</translation>
        </message>
        <message>
            <source>Recovery code</source>
            <translation>Código de recuperación</translation>
        </message>
        <message>
            <source>&amp;Recovery code:</source>
            <translation>&amp;Código de recuperación:</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nueva frase de contraseña</translation>
        </message>
        <message>
            <source>&amp;New passphrase:</source>
            <translation>&amp;Nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>New passphrase again</source>
            <translation>Repita la nueva frase de contraseña</translation>
        </message>
        <message>
            <source>New passphrase &amp;again:</source>
            <translation>&amp;Repita la nueva frase de contraseña:</translation>
        </message>
        <message>
            <source>&amp;Set the new passphrase and open</source>
            <translation>&amp;Guardar la nueva frase de contraseña y abrir</translation>
        </message>
        <message>
            <source>Set the new passphrase and open</source>
            <translation>Guardar la nueva frase de contraseña y abrir</translation>
        </message>
        <message>
            <source>Type the passphrase.</source>
            <translation>Escriba la frase de contraseña.</translation>
        </message>
        <message>
            <source>That passphrase does not open this caseload.</source>
            <translation>Esa frase de contraseña no abre esta lista de casos.</translation>
        </message>
        <message>
            <source>That recovery code does not open this caseload.</source>
            <translation>Ese código de recuperación no abre esta lista de casos.</translation>
        </message>
        <message>
            <source>IEP Desk: protected caseload</source>
            <translation>IEP Desk: lista de casos protegida</translation>
        </message>
        <message>
            <source>Protected caseload</source>
            <translation>Lista de casos protegida</translation>
        </message>
        <message>
            <source>This caseload is protected</source>
            <translation>Esta lista de casos está protegida</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Abrir</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Salir</translation>
        </message>
    </context>
    <context>
        <name>WeekView</name>
        <message>
            <source>Week view of everyone's free time</source>
            <translation>Vista de la semana con el tiempo libre de todos</translation>
        </message>
        <message>
            <source> (optional)</source>
            <translation> (opcional)</translation>
        </message>
        <message>
            <source>No time chosen yet.</source>
            <translation>Todavía no se eligió un horario.</translation>
        </message>
        <message>
            <source>Chosen time: %s. Use the arrow keys to move it by 15 minutes or by a day.</source>
            <translation>Horario elegido: %s. Use las flechas para moverlo 15 minutos o un día.</translation>
        </message>
    </context>
    <context>
        <name>Widgets</name>
        <message>
            <source>Drag to give one side more room</source>
            <translation>Arrastre para dar más espacio a un lado</translation>
        </message>
        <message>
            <source>Keyboard focus</source>
            <translation>Foco del teclado</translation>
        </message>
    </context>
    <context>
        <name>WindowLanguagePage</name>
        <message>
            <source>Window language</source>
            <translation>Idioma de la ventana</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Seguir el sistema</translation>
        </message>
        <message>
            <source>The window changes language the next time IEP Desk starts. Letters for families keep their own language.</source>
            <translation>La ventana cambia de idioma la próxima vez que se inicia IEP Desk. Las cartas para las familias conservan su propio idioma.</translation>
        </message>
        <message>
            <source>&amp;Window language</source>
            <translation>&amp;Idioma de la ventana</translation>
        </message>
        <message>
            <source>Your choice could not be saved (the data folder cannot be written). The window follows the system.</source>
            <translation>No se pudo guardar su elección (no se puede escribir en la carpeta de datos). La ventana sigue el sistema.</translation>
        </message>
    </context>
    <context>
        <name>WindowLock</name>
        <message>
            <source>IEP Desk is locked</source>
            <translation>IEP Desk está bloqueado</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Desbloquear</translation>
        </message>
        <message>
            <source>Everything you typed was saved. Type your passphrase to go back to where you were.</source>
            <translation>Todo lo que escribió se guardó. Escriba su frase de contraseña para volver a donde estaba.</translation>
        </message>
        <message>
            <source>The window you were working in is still open, with everything you typed in it. Type your passphrase to go back to it.</source>
            <translation>La ventana en la que trabajaba sigue abierta, con todo lo que escribió en ella. Escriba su frase de contraseña para volver a ella.</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <source>Hide every student's data behind your passphrase</source>
            <translation>Ocultar los datos de todos los estudiantes detrás de su frase de contraseña</translation>
        </message>
        <message>
            <source>IEP Desk: locked</source>
            <translation>IEP Desk: bloqueado</translation>
        </message>
    </context>
    <context>
        <name>YearPlanner</name>
        <message>
            <source>Outside the weekly times of %1: no time before the due date suits them. Settle it with them, or change the time.</source>
            <translation>Fuera del horario semanal de %1: ninguna hora antes de la fecha límite le conviene. Acuérdelo con esa persona o cambie la hora.</translation>
        </message>
        <message>
            <source>Due too soon: the notice days run past the due date. Plan it by hand and talk to the family about the date.</source>
            <translation>Vence demasiado pronto: los días de aviso pasan de la fecha límite. Planifíquela a mano y hable con la familia sobre la fecha.</translation>
        </message>
        <message>
            <source>No room before the due date: every school day in its window is full or closed. Allow more meetings a day, or plan it by hand.</source>
            <translation>No hay lugar antes de la fecha límite: todos los días escolares de su período están llenos o cerrados. Permita más reuniones por día, o planifíquela a mano.</translation>
        </message>
        <message>
            <source>Plan the year</source>
            <translation>Planificar el año</translation>
        </message>
        <message>
            <source>From</source>
            <translation>Desde</translation>
        </message>
        <message>
            <source>To</source>
            <translation>Hasta</translation>
        </message>
        <message>
            <source>Most meetings a day</source>
            <translation>Máximo de reuniones por día</translation>
        </message>
        <message>
            <source>&amp;Place the meetings</source>
            <translation>&amp;Ubicar las reuniones</translation>
        </message>
        <message>
            <source>Place the meetings</source>
            <translation>Ubicar las reuniones</translation>
        </message>
        <message>
            <source>&amp;From:</source>
            <translation>&amp;Desde:</translation>
        </message>
        <message>
            <source>&amp;To:</source>
            <translation>&amp;Hasta:</translation>
        </message>
        <message>
            <source>Most meetings a &amp;day:</source>
            <translation>&amp;Máximo de reuniones por día:</translation>
        </message>
        <message>
            <source>Meetings placed</source>
            <translation>Reuniones ubicadas</translation>
        </message>
        <message>
            <source>Make</source>
            <translation>Crear</translation>
        </message>
        <message>
            <source>Student</source>
            <translation>Estudiante</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Due by</source>
            <translation>Fecha límite</translation>
        </message>
        <message>
            <source>Day</source>
            <translation>Día</translation>
        </message>
        <message>
            <source>Start</source>
            <translation>Inicio</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Nota</translation>
        </message>
        <message>
            <source>Month view</source>
            <translation>Vista del mes</translation>
        </message>
        <message>
            <source>Meetings on the chosen day</source>
            <translation>Reuniones del día elegido</translation>
        </message>
        <message>
            <source>Meetings that could not be placed</source>
            <translation>Reuniones que no se pudieron ubicar</translation>
        </message>
        <message>
            <source>The plan</source>
            <translation>El plan</translation>
        </message>
        <message>
            <source>&amp;Make drafts</source>
            <translation>Crear &amp;borradores</translation>
        </message>
        <message>
            <source>Make drafts of the ticked meetings</source>
            <translation>Crear borradores de las reuniones marcadas</translation>
        </message>
        <message>
            <source>Could not be placed:</source>
            <translation>No se pudieron ubicar:</translation>
        </message>
        <message>
            <source>Enter the first and the last day of the range.</source>
            <translation>Escriba el primer y el último día del período.</translation>
        </message>
        <message>
            <source>Make this draft</source>
            <translation>Crear este borrador</translation>
        </message>
        <message>
            <source>%1, %2 due %3: %4</source>
            <translation>%1, %2 (vence el %3): %4</translation>
        </message>
        <message>
            <source>%1 meetings placed, %2 could not be placed. Change a day or a time in the list, untick the ones you will plan yourself, then Make drafts.</source>
            <translation>%1 reuniones ubicadas, %2 no se pudieron ubicar. Cambie un día o una hora en la lista, desmarque las que planificará usted mismo y luego elija Crear borradores.</translation>
        </message>
        <message>
            <source>Enter a day and a start time for each ticked meeting.</source>
            <translation>Escriba un día y una hora de inicio para cada reunión marcada.</translation>
        </message>
        <message>
            <source>%1 is not a school day.</source>
            <translation>%1 no es un día escolar.</translation>
        </message>
        <message>
            <source>%1 is after the due date (%2).</source>
            <translation>%1 es después de la fecha límite (%2).</translation>
        </message>
        <message>
            <source>School closed</source>
            <translation>Escuela cerrada</translation>
        </message>
        <message>
            <source>%1 meetings</source>
            <translation>%1 reuniones</translation>
        </message>
        <message>
            <source>no meetings placed</source>
            <translation>ninguna reunión ubicada</translation>
        </message>
        <message>
            <source>Make %1 drafts</source>
            <translation>Crear %1 borradores</translation>
        </message>
        <message>
            <source>Made %1 draft meetings. They are in the meeting planner; Undo takes them all back.</source>
            <translation>Se crearon %1 reuniones en borrador. Están en el planificador de reuniones; Deshacer las quita todas.</translation>
        </message>
    </context>
    <context>
        <name>_NoStudentChosen</name>
        <message>
            <source>No student chosen. Choose a student in the list to see their details. This caseload is open read-only.</source>
            <translation>Ningún estudiante elegido. Elija un estudiante en la lista para ver sus datos. Esta lista de casos está abierta solo para lectura.</translation>
        </message>
        <message>
            <source>No student chosen. Choose a student in the list to see and edit their details, or add a student with Ctrl+N.</source>
            <translation>Ningún estudiante elegido. Elija un estudiante de la lista para ver y editar sus datos, o agregue un estudiante con Ctrl+N.</translation>
        </message>
    </context>
</TS>
